package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.testing.ValidRequests;
import io.github.poolclient.wire.WireFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that a client secret never shows in a message, a violation or a {@code toString()}
 * (catalogue V-10, 12.2); only the create response's {@code ClientSecret} member carries it.
 */
final class SecretLeakProperties {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(1))
          .build();

  static LongStream seeds() {
    return Tries.seeds();
  }

  /** Returns the secret when it is distinctive enough that finding it in a text is a leak. */
  private static Optional<String> distinctive(Optional<String> secret) {
    return secret.filter(s -> s.length() >= 12 && s.chars().distinct().count() >= 4);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void secretsOfAcceptedClientsShowOnlyInTheirSecretMember(long seed) {
    ValidRequests.Sample sample = ValidRequests.samples().next(new SplittableRandom(seed));
    CreateUserPoolClientResponse response = FACTORY.create(sample.request(), sample.context());
    Optional<String> secret = distinctive(response.userPoolClient().clientSecret());
    if (secret.isEmpty()) {
      return;
    }
    assertThat(sample.request().toString()).as("seed %s", seed).doesNotContain(secret.get());
    assertThat(sample.toString()).as("seed %s", seed).doesNotContain(secret.get());
    assertThat(response.toString()).as("seed %s", seed).doesNotContain(secret.get());
    assertThat(WireFormat.write(response).toString()).as("seed %s", seed).contains(secret.get());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void secretsOfRejectedRequestsShowNowhere(long seed) {
    BreakingRequests.Case c = BreakingRequests.cases().next(new SplittableRandom(seed));
    Optional<String> secret = distinctive(c.request().clientSecret());
    if (secret.isEmpty()) {
      return;
    }
    assertThat(c.toString()).as("seed %s", seed).doesNotContain(secret.get());
    for (Violation violation : FACTORY.validate(c.request(), c.lookup())) {
      assertThat(violation.toString()).as("seed %s", seed).doesNotContain(secret.get());
    }
    try {
      FACTORY.create(c.request(), c.lookup());
      throw new AssertionError("seed " + seed + ": " + c.ruleId() + " case was accepted");
    } catch (CognitoException e) {
      assertThat(e.toString()).as("seed %s", seed).doesNotContain(secret.get());
      assertThat(WireFormat.write(e).toString()).as("seed %s", seed).doesNotContain(secret.get());
    }
  }
}
