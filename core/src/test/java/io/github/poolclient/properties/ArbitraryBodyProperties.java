package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.testing.ArbitraryBodies;
import io.github.poolclient.testing.UserPoolContexts;
import io.github.poolclient.wire.WireFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that no body a JSON parser can hand over crashes poolclient: decoding either gives a
 * request or a {@code SerializationException}, and validating or creating either succeeds or throws
 * a {@link CognitoException}; nothing else escapes.
 */
final class ArbitraryBodyProperties {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(1))
          .build();

  static LongStream seeds() {
    return Tries.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void arbitraryBodiesNeverCrash(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Object> body = ArbitraryBodies.bodies().next(random);
    Map<String, Object> untouched = ArbitraryBodies.bodies().next(new SplittableRandom(seed));
    UserPoolContext generated = UserPoolContexts.contexts().next(random);
    // A pool with the body's id, when it has one, so that the business rules run too.
    UserPoolContext pool =
        body.get("UserPoolId") instanceof String id
            ? UserPoolContext.builder().from(generated).id(id).build()
            : generated;
    try {
      CreateUserPoolClientRequest request;
      try {
        request = WireFormat.readCreateUserPoolClientRequest(body);
      } catch (CognitoException e) {
        assertThat(e.errorType()).as("seed %s: %s", seed, e).isEqualTo(ErrorType.SERIALIZATION);
        assertThat(WireFormat.write(e)).as("seed %s", seed).containsKeys("__type", "message");
        return;
      }
      assertThat(body)
          .as("seed %s: the decoder must not change the body", seed)
          .isEqualTo(untouched);
      assertThat(FACTORY.validate(request, UserPoolLookup.none())).isNotNull();
      boolean valid = FACTORY.validate(request, pool).isEmpty();
      try {
        FACTORY.create(request, pool);
        assertThat(valid).as("seed %s: create succeeded, so validate must be empty", seed).isTrue();
      } catch (CognitoException e) {
        assertThat(valid)
            .as("seed %s: create threw %s, so validate must not be empty", seed, e)
            .isFalse();
        assertThat(WireFormat.write(e)).as("seed %s", seed).containsKeys("__type", "message");
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("seed " + seed + ": crashed with " + e, e);
    }
  }
}
