package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.UserPoolContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class KitApiTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(UserPoolContext.class, Fixtures.pool().build())
        .setDefault(CreateUserPoolClientRequest.class, Fixtures.request().build())
        .setDefault(UserPoolTierType.class, UserPoolTierType.LITE)
        .setDefault(Generator.class, Generator.constant("x"))
        .setDefault(String.class, "M-02");
  }

  @Test
  void publicStaticMethodsRejectNullArguments() {
    for (Class<?> type :
        ImmutableList.of(
            Generator.class,
            UserPoolContexts.class,
            ValidRequests.class,
            BreakingRequests.class,
            ArbitraryBodies.class)) {
      tester().testAllPublicStaticMethods(type);
    }
  }

  @Test
  void valuesRejectNullParts() {
    tester().testAllPublicConstructors(ValidRequests.Sample.class);
    tester().testAllPublicConstructors(BreakingRequests.Case.class);
    tester().testAllPublicConstructors(Generator.Weighted.class);
  }

  @Test
  @SuppressWarnings("NullAway") // Passes null on purpose.
  void combinatorsRejectNullFunctions() {
    Generator<Integer> generator = Generator.constant(1);
    assertThatThrownBy(() -> generator.map(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> generator.flatMap(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void casesPrintWithoutTheirSecret() {
    for (long seed = 0; seed < 100; seed++) {
      BreakingRequests.Case c = BreakingRequests.forRule("CS-02").next(new SplittableRandom(seed));
      assertThat(c.toString()).doesNotContain(c.request().clientSecret().orElseThrow());
    }
  }
}
