package io.github.poolclient.rules.tier;

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
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.SemanticRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class TierRulesTest {

  private static final Violation CHOICE_BASED_SIGN_IN =
      Violation.of(
          "EAF-07",
          Stage.SEMANTIC,
          "explicitAuthFlows",
          ErrorType.FEATURE_UNAVAILABLE_IN_TIER,
          "The following features need to be disabled for the LITE pricing tier configured:"
              + " Choice-based sign-in");
  private static final Violation ROTATION =
      Violation.of(
          "RTR-05",
          Stage.SEMANTIC,
          "refreshTokenRotation",
          ErrorType.FEATURE_UNAVAILABLE_IN_TIER,
          "The following features need to be disabled for the LITE pricing tier configured:"
              + " Refresh token rotation");

  private static final UserPoolContext LITE =
      Fixtures.pool().userPoolTier(UserPoolTierType.LITE).build();

  private final ChoiceBasedSignInTierRule choiceBasedSignIn = new ChoiceBasedSignInTierRule();
  private final RefreshTokenRotationTierRule rotation = new RefreshTokenRotationTierRule();

  private static UserPoolContext pool(UserPoolTierType tier) {
    return Fixtures.pool().userPoolTier(tier).build();
  }

  private static CreateUserPoolClientRequest flows(String... flows) {
    return Fixtures.request().explicitAuthFlowsAsStrings(ImmutableList.copyOf(flows)).build();
  }

  private static CreateUserPoolClientRequest rotationFeature(String feature) {
    return Fixtures.request()
        .refreshTokenRotation(RefreshTokenRotation.builder().featureAsString(feature).build())
        .build();
  }

  @Test
  void rejectsChoiceBasedSignInOnLite() {
    assertThat(choiceBasedSignIn.check(flows("ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), LITE))
        .containsExactly(CHOICE_BASED_SIGN_IN);
  }

  @ParameterizedTest
  @EnumSource(
      value = UserPoolTierType.class,
      names = {"ESSENTIALS", "PLUS"})
  void acceptsChoiceBasedSignInFromEssentialsOn(UserPoolTierType tier) {
    assertThat(
            choiceBasedSignIn.check(
                flows("ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), pool(tier)))
        .isEmpty();
  }

  @Test
  void acceptsLiteClientsWithoutChoiceBasedSignIn() {
    assertThat(
            choiceBasedSignIn.check(flows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), LITE))
        .isEmpty();
    assertThat(choiceBasedSignIn.check(Fixtures.request().build(), LITE)).isEmpty();
    assertThat(choiceBasedSignIn.check(flows(), LITE)).isEmpty();
  }

  @Test
  void reportsARepeatedChoiceBasedSignInOnce() {
    assertThat(choiceBasedSignIn.check(flows("ALLOW_USER_AUTH", "ALLOW_USER_AUTH"), LITE))
        .containsExactly(CHOICE_BASED_SIGN_IN);
  }

  @Test
  void ignoresUnknownFlowStrings() {
    // Enum values are case-sensitive: these are model errors, not choice-based sign-in.
    assertThat(choiceBasedSignIn.check(flows("allow_user_auth", "USER_AUTH", ""), LITE)).isEmpty();
  }

  @Test
  void rejectsEnabledRotationOnLite() {
    assertThat(rotation.check(rotationFeature("ENABLED"), LITE)).containsExactly(ROTATION);
  }

  @ParameterizedTest
  @EnumSource(
      value = UserPoolTierType.class,
      names = {"ESSENTIALS", "PLUS"})
  void acceptsEnabledRotationFromEssentialsOn(UserPoolTierType tier) {
    assertThat(rotation.check(rotationFeature("ENABLED"), pool(tier))).isEmpty();
  }

  @Test
  void acceptsDisabledRotationOnLite() {
    assertThat(rotation.check(rotationFeature("DISABLED"), LITE)).isEmpty();
  }

  @Test
  void ignoresAbsentOrUnknownRotationFeatureOnLite() {
    assertThat(rotation.check(Fixtures.request().build(), LITE)).isEmpty();
    assertThat(rotation.check(rotationFeature("enabled"), LITE)).isEmpty();
    CreateUserPoolClientRequest withoutFeature =
        Fixtures.request()
            .refreshTokenRotation(
                RefreshTokenRotation.builder().retryGracePeriodSeconds(10).build())
            .build();
    assertThat(rotation.check(withoutFeature, LITE)).isEmpty();
  }

  @Test
  void checksChoiceBasedSignInBeforeRotation() {
    ImmutableList<SemanticRule> chain = ImmutableList.of(choiceBasedSignIn, rotation);
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_USER_AUTH"))
            .refreshTokenRotation(RefreshTokenRotation.builder().featureAsString("ENABLED").build())
            .build();

    assertThat(chain.stream().flatMap(rule -> rule.check(request, LITE).stream()))
        .containsExactly(CHOICE_BASED_SIGN_IN, ROTATION);
    assertThat(chain.stream().flatMap(rule -> rule.descriptors().stream()))
        .extracting(RuleDescriptor::id, RuleDescriptor::errorType)
        .containsExactly(
            tuple("EAF-07", ErrorType.FEATURE_UNAVAILABLE_IN_TIER),
            tuple("RTR-05", ErrorType.FEATURE_UNAVAILABLE_IN_TIER));
  }
}
