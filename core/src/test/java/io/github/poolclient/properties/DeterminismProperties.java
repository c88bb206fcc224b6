package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.testing.ValidRequests;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that a seed replays everything: the generated values and poolclient's answers. */
final class DeterminismProperties {

  static LongStream seeds() {
    return Tries.seeds();
  }

  private static UserPoolClientFactory factory(long seed) {
    return UserPoolClientFactory.builder()
        .clock(Fixtures.clock())
        .random(new SplittableRandom(seed))
        .build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameSeedGivesTheSameClient(long seed) {
    ValidRequests.Sample first = ValidRequests.samples().next(new SplittableRandom(seed));
    ValidRequests.Sample second = ValidRequests.samples().next(new SplittableRandom(seed));
    assertThat(second).as("seed %s", seed).isEqualTo(first);
    assertThat(factory(seed).create(second.request(), second.context()))
        .as("seed %s", seed)
        .isEqualTo(factory(seed).create(first.request(), first.context()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameSeedGivesTheSameError(long seed) {
    BreakingRequests.Case first = BreakingRequests.cases().next(new SplittableRandom(seed));
    BreakingRequests.Case second = BreakingRequests.cases().next(new SplittableRandom(seed));
    assertThat(second).as("seed %s", seed).isEqualTo(first);
    assertThat(factory(seed).validate(second.request(), second.lookup()))
        .as("seed %s", seed)
        .isEqualTo(factory(seed).validate(first.request(), first.lookup()));
    assertThat(message(seed, second)).as("seed %s", seed).isEqualTo(message(seed, first));
  }

  private static String message(long seed, BreakingRequests.Case c) {
    try {
      factory(seed).create(c.request(), c.lookup());
      throw new AssertionError("seed " + seed + ": " + c.ruleId() + " case was accepted");
    } catch (CognitoException e) {
      return e.toString();
    }
  }
}
