package io.github.poolclient.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import org.junit.jupiter.api.Test;

final class SecretRulesTest {
  private static final String SECRET = "abcdefghijklmnopqrstuvwx";
  private static final String BOTH_SECRETS =
      "You cannot specify both GenerateSecret as true and provide a ClientSecret value.";
  private static final String PROPAGATE_WITHOUT_SECRET =
      "Client Secret is required to set EnablePropagateAdditionalUserContextData as true";

  private static final UserPoolContext POOL = Fixtures.pool().build();
  private static final GenerateSecretWithClientSecretRule CS_02 =
      new GenerateSecretWithClientSecretRule();
  private static final PropagateContextDataNeedsSecretRule PR_02 =
      new PropagateContextDataNeedsSecretRule();

  // --- CS-02 -------------------------------------------------------------------------------------

  @Test
  void rejectsGenerateSecretTogetherWithAClientSecret() {
    CreateUserPoolClientRequest request =
        Fixtures.request().generateSecret(true).clientSecret(SECRET).build();

    assertThat(CS_02.check(request, POOL))
        .containsExactly(
            Violation.of(
                "CS-02",
                Stage.SEMANTIC,
                "clientSecret",
                ErrorType.INVALID_PARAMETER,
                BOTH_SECRETS));
  }

  @Test
  void rejectsGenerateSecretWithAModelInvalidClientSecretWithoutEchoingIt() {
    CreateUserPoolClientRequest request =
        Fixtures.request().generateSecret(true).clientSecret("short secret!").build();

    assertThat(CS_02.check(request, POOL))
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.message()).isEqualTo(BOTH_SECRETS);
              assertThat(violation.toString()).doesNotContain("short secret!");
            });
  }

  @Test
  void acceptsAClientSecretWithGenerateSecretFalseOrAbsent() {
    assertThat(CS_02.check(Fixtures.request().clientSecret(SECRET).build(), POOL)).isEmpty();
    assertThat(
            CS_02.check(
                Fixtures.request().generateSecret(false).clientSecret(SECRET).build(), POOL))
        .isEmpty();
  }

  @Test
  void acceptsGenerateSecretAlone() {
    assertThat(CS_02.check(Fixtures.request().generateSecret(true).build(), POOL)).isEmpty();
    assertThat(CS_02.check(Fixtures.request().build(), POOL)).isEmpty();
  }

  // --- PR-02 -------------------------------------------------------------------------------------

  @Test
  void rejectsPropagatingContextDataWithoutASecret() {
    CreateUserPoolClientRequest request =
        Fixtures.request().enablePropagateAdditionalUserContextData(true).build();

    assertThat(PR_02.check(request, POOL))
        .containsExactly(
            Violation.of(
                "PR-02",
                Stage.SEMANTIC,
                "enablePropagateAdditionalUserContextData",
                ErrorType.INVALID_PARAMETER,
                PROPAGATE_WITHOUT_SECRET));
  }

  @Test
  void rejectsPropagatingContextDataWithGenerateSecretFalse() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .generateSecret(false)
            .enablePropagateAdditionalUserContextData(true)
            .build();

    assertThat(PR_02.check(request, POOL))
        .extracting(Violation::ruleId, Violation::message)
        .containsExactly(tuple("PR-02", PROPAGATE_WITHOUT_SECRET));
  }

  @Test
  void acceptsPropagatingContextDataWithAGeneratedSecret() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .generateSecret(true)
            .enablePropagateAdditionalUserContextData(true)
            .build();

    assertThat(PR_02.check(request, POOL)).isEmpty();
  }

  @Test
  void acceptsPropagatingContextDataWithACustomSecret() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .generateSecret(false)
            .clientSecret(SECRET)
            .enablePropagateAdditionalUserContextData(true)
            .build();

    assertThat(PR_02.check(request, POOL)).isEmpty();
    assertThat(CS_02.check(request, POOL)).isEmpty();
  }

  @Test
  void acceptsContextDataPropagationFalseOrAbsentWithoutASecret() {
    assertThat(
            PR_02.check(
                Fixtures.request().enablePropagateAdditionalUserContextData(false).build(), POOL))
        .isEmpty();
    assertThat(PR_02.check(Fixtures.request().build(), POOL)).isEmpty();
  }

  // --- descriptors -------------------------------------------------------------------------------

  @Test
  void describesTheRules() {
    assertThat(CS_02.descriptors())
        .extracting(RuleDescriptor::id, RuleDescriptor::stage, RuleDescriptor::errorType)
        .containsExactly(tuple("CS-02", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER));
    assertThat(PR_02.descriptors())
        .extracting(RuleDescriptor::id, RuleDescriptor::stage, RuleDescriptor::errorType)
        .containsExactly(tuple("PR-02", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER));
  }
}
