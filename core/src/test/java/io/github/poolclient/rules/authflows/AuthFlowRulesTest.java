package io.github.poolclient.rules.authflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.SemanticRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AuthFlowRulesTest {
  private static final String MIXED =
      "Auth flow name with prefix 'ALLOW' cannot be used with legacy auth flow names.";
  private static final String NOT_ALONE =
      "ALLOW_CLIENT_TOKEN_AUTH must be the only explicit auth flow of an app client.";
  private static final String WITHOUT_SECRET =
      "ALLOW_CLIENT_TOKEN_AUTH requires an app client with a client secret.";
  private static final String REFRESH_REQUIRED = "REFRESH_TOKEN_AUTH should always be allowed.";
  private static final String WITH_ROTATION =
      "ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is"
          + " enabled.";

  private static final UserPoolContext POOL = Fixtures.pool().build();
  private static final LegacyAuthFlowMixRule EAF_03 = new LegacyAuthFlowMixRule();
  private static final ClientTokenAuthRule EAF_11 = new ClientTokenAuthRule();
  private static final RefreshTokenAuthRequiredRule EAF_04 = new RefreshTokenAuthRequiredRule();
  private static final RotationForbidsRefreshTokenAuthRule RTR_03 =
      new RotationForbidsRefreshTokenAuthRule();
  private static final ImmutableList<SemanticRule> ALL =
      ImmutableList.of(EAF_03, EAF_11, EAF_04, RTR_03);

  // --- EAF-03 ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"})
  void rejectsEachLegacyFlowMixedWithAnAllowFlow(String legacy) {
    CreateUserPoolClientRequest request = flows(legacy, "ALLOW_REFRESH_TOKEN_AUTH");

    assertThat(EAF_03.check(request, POOL)).containsExactly(violation("EAF-03", MIXED));
  }

  @Test
  void rejectsAMixedListOnceWhateverTheDuplicates() {
    CreateUserPoolClientRequest request =
        flows(
            "ALLOW_USER_SRP_AUTH",
            "USER_PASSWORD_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "USER_PASSWORD_AUTH",
            "ADMIN_NO_SRP_AUTH");

    assertThat(EAF_03.check(request, POOL)).containsExactly(violation("EAF-03", MIXED));
  }

  @Test
  void rejectsALegacyFlowMixedWithClientTokenAuth() {
    CreateUserPoolClientRequest request = flows("USER_PASSWORD_AUTH", "ALLOW_CLIENT_TOKEN_AUTH");

    assertThat(EAF_03.check(request, POOL)).containsExactly(violation("EAF-03", MIXED));
  }

  @Test
  void acceptsLegacyOnlyLists() {
    CreateUserPoolClientRequest request =
        flows(
            "ADMIN_NO_SRP_AUTH",
            "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH",
            "ADMIN_NO_SRP_AUTH");

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void doesNotCountUnknownFlowsAsLegacyOrAllow() {
    // Unknown names are model errors (M-11), and lowercase names are unknown (case-sensitive enum).
    assertThat(EAF_03.check(flows("user_password_auth", "ALLOW_REFRESH_TOKEN_AUTH"), POOL))
        .isEmpty();
    assertThat(EAF_03.check(flows("USER_PASSWORD_AUTH", "ALLOW_SOMETHING_NEW"), POOL)).isEmpty();
    assertThat(EAF_04.check(flows("ALLOW_SOMETHING_NEW", "ADMIN_USER_PASSWORD_AUTH", ""), POOL))
        .isEmpty();
  }

  // --- EAF-11 ------------------------------------------------------------------------------------

  @Test
  void rejectsClientTokenAuthNextToAnotherFlow() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").toBuilder()
            .generateSecret(true)
            .build();

    assertThat(EAF_11.check(request, POOL)).containsExactly(violation("EAF-11", NOT_ALONE));
  }

  @Test
  void rejectsClientTokenAuthWithoutASecret() {
    CreateUserPoolClientRequest request = flows("ALLOW_CLIENT_TOKEN_AUTH");

    assertThat(EAF_11.check(request, POOL)).containsExactly(violation("EAF-11", WITHOUT_SECRET));
  }

  @Test
  void rejectsClientTokenAuthWithGenerateSecretFalse() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH").toBuilder().generateSecret(false).build();

    assertThat(EAF_11.check(request, POOL)).containsExactly(violation("EAF-11", WITHOUT_SECRET));
  }

  @Test
  void reportsNotAloneBeforeWithoutSecret() {
    CreateUserPoolClientRequest request = flows("ALLOW_USER_SRP_AUTH", "ALLOW_CLIENT_TOKEN_AUTH");

    assertThat(EAF_11.check(request, POOL))
        .containsExactly(violation("EAF-11", NOT_ALONE), violation("EAF-11", WITHOUT_SECRET));
  }

  @Test
  void acceptsClientTokenAuthAloneWithAGeneratedSecret() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH").toBuilder().generateSecret(true).build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void acceptsClientTokenAuthAloneWithACustomSecret() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH").toBuilder()
            .clientSecret("abcdefghijklmnopqrstuvwx")
            .build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void treatsDuplicatedClientTokenAuthAsAlone() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_CLIENT_TOKEN_AUTH").toBuilder()
            .generateSecret(true)
            .build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void ignoresUnknownFlowsNextToClientTokenAuth() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH", "CLIENT_CREDENTIALS").toBuilder()
            .generateSecret(true)
            .build();

    assertThat(EAF_11.check(request, POOL)).isEmpty();
    assertThat(EAF_04.check(request, POOL)).isEmpty();
  }

  @Test
  void leavesSecretlessClientsWithoutClientTokenAuthAlone() {
    assertThat(EAF_11.check(flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), POOL))
        .isEmpty();
  }

  // --- EAF-04 ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_USER_AUTH",
        "ALLOW_CUSTOM_AUTH",
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH"
      })
  void rejectsAnAllowListWithoutRefreshTokenAuth(String flow) {
    assertThat(EAF_04.check(flows(flow), POOL))
        .containsExactly(violation("EAF-04", REFRESH_REQUIRED));
  }

  @Test
  void rejectsADuplicatedAllowListWithoutRefreshTokenAuthOnce() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH");

    assertThat(EAF_04.check(request, POOL)).containsExactly(violation("EAF-04", REFRESH_REQUIRED));
  }

  @Test
  void rejectsAnAllowListWithoutRefreshTokenAuthWhenRotationIsDisabled() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_USER_SRP_AUTH").toBuilder().refreshTokenRotation(rotation("DISABLED")).build();

    assertThat(EAF_04.check(request, POOL)).containsExactly(violation("EAF-04", REFRESH_REQUIRED));
  }

  @Test
  void rejectsClientTokenAuthWithAnotherAllowFlowButNoRefreshTokenAuth() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH").toBuilder()
            .generateSecret(true)
            .build();

    assertThat(EAF_04.check(request, POOL)).containsExactly(violation("EAF-04", REFRESH_REQUIRED));
  }

  @Test
  void rejectsTheAllowPartOfAMixedListWithoutRefreshTokenAuth() {
    CreateUserPoolClientRequest request = flows("USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH");

    assertThat(EAF_04.check(request, POOL)).containsExactly(violation("EAF-04", REFRESH_REQUIRED));
  }

  @Test
  void acceptsAnAllowListWithRefreshTokenAuth() {
    CreateUserPoolClientRequest request =
        flows(
            "ALLOW_USER_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "ALLOW_USER_SRP_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH");

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void exemptsAllowListsWhenRotationIsEnabled() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH").toBuilder()
            .refreshTokenRotation(rotation("ENABLED"))
            .build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(request, POOL)).isEmpty();
    }
  }

  @Test
  void acceptsEmptyAndAbsentLists() {
    CreateUserPoolClientRequest empty =
        Fixtures.request().explicitAuthFlowsAsStrings(ImmutableList.of()).build();
    CreateUserPoolClientRequest absent = Fixtures.request().build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(empty, POOL)).isEmpty();
      assertThat(rule.check(absent, POOL)).isEmpty();
    }
  }

  // --- RTR-03 ------------------------------------------------------------------------------------

  @Test
  void rejectsRefreshTokenAuthWhenRotationIsEnabled() {
    CreateUserPoolClientRequest request =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
            .toBuilder()
            .refreshTokenRotation(rotation("ENABLED"))
            .build();

    assertThat(RTR_03.check(request, POOL)).containsExactly(violation("RTR-03", WITH_ROTATION));
  }

  @Test
  void acceptsRefreshTokenAuthWhenRotationIsDisabledOrAbsent() {
    CreateUserPoolClientRequest disabled =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").toBuilder()
            .refreshTokenRotation(rotation("DISABLED"))
            .build();
    CreateUserPoolClientRequest absent = flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

    assertThat(RTR_03.check(disabled, POOL)).isEmpty();
    assertThat(RTR_03.check(absent, POOL)).isEmpty();
  }

  @Test
  void ignoresAnUnknownOrMissingRotationFeature() {
    CreateUserPoolClientRequest unknown =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").toBuilder()
            .refreshTokenRotation(rotation("enabled"))
            .build();
    CreateUserPoolClientRequest missing =
        flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").toBuilder()
            .refreshTokenRotation(RefreshTokenRotation.builder().retryGracePeriodSeconds(5).build())
            .build();

    assertThat(RTR_03.check(unknown, POOL)).isEmpty();
    assertThat(RTR_03.check(missing, POOL)).isEmpty();
  }

  @Test
  void acceptsLegacyOnlyAndAbsentListsWhenRotationIsEnabled() {
    CreateUserPoolClientRequest legacy =
        flows("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH").toBuilder()
            .refreshTokenRotation(rotation("ENABLED"))
            .build();
    CreateUserPoolClientRequest absent =
        Fixtures.request().refreshTokenRotation(rotation("ENABLED")).build();

    for (SemanticRule rule : ALL) {
      assertThat(rule.check(legacy, POOL)).isEmpty();
      assertThat(rule.check(absent, POOL)).isEmpty();
    }
  }

  // --- descriptors -------------------------------------------------------------------------------

  @Test
  void describesTheRules() {
    assertThat(ALL)
        .flatExtracting(SemanticRule::descriptors)
        .extracting(RuleDescriptor::id, RuleDescriptor::stage, RuleDescriptor::errorType)
        .containsExactly(
            tuple("EAF-03", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER),
            tuple("EAF-11", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER),
            tuple("EAF-04", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER),
            tuple("RTR-03", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static Violation violation(String ruleId, String message) {
    return Violation.of(
        ruleId, Stage.SEMANTIC, "explicitAuthFlows", ErrorType.INVALID_PARAMETER, message);
  }

  private static CreateUserPoolClientRequest flows(String... flows) {
    return Fixtures.request().explicitAuthFlowsAsStrings(ImmutableList.copyOf(flows)).build();
  }

  private static RefreshTokenRotation rotation(String feature) {
    return RefreshTokenRotation.builder().featureAsString(feature).build();
  }
}
