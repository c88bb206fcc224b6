package io.github.poolclient.rules.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClientLimitRuleTest {

  private final ClientLimitRule rule = new ClientLimitRule();

  private static Violation limitReached(String message) {
    return Violation.of("LIM-01", Stage.SEMANTIC, "userPoolId", ErrorType.LIMIT_EXCEEDED, message);
  }

  private static UserPoolContext pool(int clientCount, int clientLimit) {
    return Fixtures.pool().clientCount(clientCount).clientLimit(clientLimit).build();
  }

  @Test
  void acceptsThe1000thClientOfTheDefaultQuota() {
    assertThat(rule.check(Fixtures.request().build(), Fixtures.pool().clientCount(999).build()))
        .isEmpty();
  }

  @Test
  void acceptsAnEmptyDefaultPool() {
    assertThat(rule.check(Fixtures.request().build(), Fixtures.pool().build())).isEmpty();
  }

  @Test
  void rejectsAClientBeyondTheDefaultQuota() {
    assertThat(rule.check(Fixtures.request().build(), Fixtures.pool().clientCount(1000).build()))
        .containsExactly(
            limitReached(
                "The app client limit of 1000 for user pool us-east-1_Example01 has been reached."));
  }

  @Test
  void rejectsAPoolAlreadyOverItsQuota() {
    assertThat(rule.check(Fixtures.request().build(), pool(1001, 1000)))
        .containsExactly(
            limitReached(
                "The app client limit of 1000 for user pool us-east-1_Example01 has been reached."));
  }

  @Test
  void namesThePoolsOwnLimitAndId() {
    UserPoolContext pool =
        Fixtures.pool().id("ap-northeast-1_Zz9Yy8Xx7").clientCount(25).clientLimit(25).build();
    CreateUserPoolClientRequest request =
        Fixtures.request().userPoolId("ap-northeast-1_Zz9Yy8Xx7").build();

    assertThat(rule.check(request, pool))
        .containsExactly(
            limitReached(
                "The app client limit of 25 for user pool ap-northeast-1_Zz9Yy8Xx7 has been"
                    + " reached."));
  }

  @ParameterizedTest
  @CsvSource({"24, 25", "999, 5000", "1000, 5000", "4999, 5000"})
  void acceptsAPoolBelowARaisedOrLoweredQuota(int clientCount, int clientLimit) {
    assertThat(rule.check(Fixtures.request().build(), pool(clientCount, clientLimit))).isEmpty();
  }

  @Test
  void rejectsAPoolAtARaisedQuota() {
    assertThat(rule.check(Fixtures.request().build(), pool(5000, 5000)))
        .containsExactly(
            limitReached(
                "The app client limit of 5000 for user pool us-east-1_Example01 has been reached."));
  }

  @Test
  void describesItselfAsLim01() {
    assertThat(rule.descriptors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("LIM-01");
              assertThat(d.stage()).isEqualTo(Stage.SEMANTIC);
              assertThat(d.errorType()).isEqualTo(ErrorType.LIMIT_EXCEEDED);
            });
  }
}
