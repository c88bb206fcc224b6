package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.service.InMemoryUserPoolClientStore;
import io.github.poolclient.service.UserPoolClientService;
import io.github.poolclient.service.WireAnswer;
import io.github.poolclient.testing.ArbitraryBodies;
import io.github.poolclient.testing.UserPoolContexts;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that {@link UserPoolClientService#handle} answers every body a JSON parser can hand over,
 * on every operation (and an unknown one), with a 200 answer or an AWS-shaped error body, never an
 * exception; and that an operation that fails leaves the store exactly as it was.
 */
final class ServiceBodyProperties {

  private static final ImmutableList<String> OPERATIONS =
      ImmutableList.<String>builder()
          .addAll(UserPoolClientService.OPERATIONS)
          .add("NoSuchOperation")
          .build();

  private static final Set<String> ERROR_TYPES =
      java.util.Arrays.stream(ErrorType.values())
          .map(ErrorType::wireName)
          .collect(Collectors.toSet());

  static LongStream seeds() {
    return Tries.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyBodyOnEveryOperationEndsInAnAwsShapedAnswer(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Object> body = ArbitraryBodies.bodies().next(random);
    String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
    UserPoolContext generated = UserPoolContexts.contexts().next(random);
    String poolId = body.get("UserPoolId") instanceof String id ? id : Fixtures.POOL_ID;
    UserPoolContext pool = UserPoolContext.builder().from(generated).id(poolId).build();
    UserPoolClient stored =
        Fixtures.client().userPoolId(poolId).clientSecret("s3cr3tS3cr3tS3cr3tS3cr3t42").build();
    if (random.nextBoolean()) {
      // Half the time the body names the stored client, so Update, Describe and Delete reach it.
      body.put("ClientId", stored.clientId());
    }
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.of(ImmutableList.of(stored));
    UserPoolClientService service =
        UserPoolClientService.builder()
            .factory(
                UserPoolClientFactory.builder()
                    .clock(Fixtures.clock())
                    .random(new SplittableRandom(seed))
                    .build())
            .pools(UserPoolLookup.of(pool))
            .store(store)
            .build();

    WireAnswer answer = service.handle(operation, body);

    if (answer.status() == 200) {
      assertThat(operation).as("seed %s", seed).isNotEqualTo("NoSuchOperation");
      return;
    }
    assertThat(answer.body()).as("seed %s: %s", seed, answer).containsOnlyKeys("__type", "message");
    assertThat(answer.body().get("__type")).as("seed %s", seed).isIn(ERROR_TYPES);
    assertThat(answer.body().get("message")).as("seed %s", seed).isInstanceOf(String.class);
    assertThat(answer.status()).as("seed %s: %s", seed, answer).isEqualTo(400);
    assertThat(store.list(poolId)).as("seed %s: store unchanged", seed).containsExactly(stored);
  }
}
