package io.github.poolclient.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import org.junit.jupiter.api.Test;

/** Checks the safe-update reset report, ADV-12 and the Update path of the advisories. */
final class UpdateAdviceTest {

  private static final UserPoolContext POOL = Fixtures.pool().build();

  /** A stored web client with protection on, flows, URLs, revocation off and a longer session. */
  private static final UserPoolClient STORED =
      Fixtures.client()
          .clientSecret("s3cr3tS3cr3tS3cr3tS3cr3t42")
          .preventUserExistenceErrorsAsString("ENABLED")
          .explicitAuthFlowsAsStrings(
              ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
          .callbackURLs(ImmutableList.of("https://example.com/cb"))
          .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
          .allowedOAuthScopes(ImmutableList.of("openid"))
          .allowedOAuthFlowsUserPoolClient(true)
          .writeAttributes(ImmutableList.of("name"))
          .enableTokenRevocation(false)
          .authSessionValidity(10)
          .analyticsConfiguration(
              AnalyticsConfiguration.builder()
                  .applicationId("0123456789abcdef")
                  .roleArn("arn:aws:iam::123456789012:role/pinpoint")
                  .externalId("do-not-print-me")
                  .userDataShared(false)
                  .build())
          .build();

  /** An Update that sends only the identity: everything set on {@link #STORED} resets. */
  private static UpdateUserPoolClientRequest.Builder bare() {
    return UpdateUserPoolClientRequest.builder()
        .userPoolId(Fixtures.POOL_ID)
        .clientId(Fixtures.CLIENT_ID);
  }

  /** An Update that sends back every setting of {@link #STORED}. */
  private static UpdateUserPoolClientRequest.Builder full() {
    return bare()
        .preventUserExistenceErrorsAsString("ENABLED")
        .explicitAuthFlowsAsStrings(STORED.explicitAuthFlowsAsStrings())
        .callbackURLs(STORED.callbackURLs())
        .allowedOAuthFlowsAsStrings(STORED.allowedOAuthFlowsAsStrings())
        .allowedOAuthScopes(STORED.allowedOAuthScopes())
        .allowedOAuthFlowsUserPoolClient(true)
        .writeAttributes(STORED.writeAttributes())
        .enableTokenRevocation(false)
        .authSessionValidity(10)
        .analyticsConfiguration(STORED.analyticsConfiguration().orElseThrow());
  }

  @Test
  void reportsEveryOmittedSetMemberWithOldAndNewValues() {
    UpdateResetReport report = UpdateResetReport.of(bare().build(), POOL, STORED);
    assertThat(report.resets())
        .extracting(ResetMember::wireName, ResetMember::oldValue, ResetMember::newValue)
        .containsExactly(
            tuple("WriteAttributes", "[name]", "[]"),
            tuple("ExplicitAuthFlows", "[ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]", "[]"),
            tuple("CallbackURLs", "[https://example.com/cb]", "[]"),
            tuple("AllowedOAuthFlows", "[code]", "[]"),
            tuple("AllowedOAuthScopes", "[openid]", "[]"),
            tuple("AllowedOAuthFlowsUserPoolClient", "true", "false"),
            tuple(
                "AnalyticsConfiguration",
                "{ApplicationId: 0123456789abcdef, RoleArn: arn:aws:iam::123456789012:role/pinpoint,"
                    + " UserDataShared: false}",
                "(absent)"),
            tuple("PreventUserExistenceErrors", "ENABLED", "(absent)"),
            tuple("EnableTokenRevocation", "false", "true"),
            tuple("AuthSessionValidity", "10", "3"));
    assertThat(report.resets().get(0).field()).isEqualTo("writeAttributes");
    assertThat(report.unitsPitfalls()).isEmpty();
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.toString()).doesNotContain("do-not-print-me", "s3cr3t");
  }

  @Test
  void anUpdateSendingEverythingBackResetsNothing() {
    assertThat(UpdateResetReport.of(full().build(), POOL, STORED).isEmpty()).isTrue();
    assertThat(
            Advisor.adviseUpdate(full().build(), POOL, STORED, AdvicePolicy.defaults()).stream()
                .map(Advisory::id))
        .doesNotContain("ADV-12");
  }

  @Test
  void keptMembersAndLegacyDefaultsAreNotResets() {
    UserPoolClient legacy =
        Fixtures.client()
            .clientName("kept")
            .preventUserExistenceErrorsAsString("LEGACY")
            .refreshTokenRotation(
                RefreshTokenRotation.builder()
                    .featureAsString("ENABLED")
                    .retryGracePeriodSeconds(10)
                    .build())
            .build();
    assertThat(UpdateResetReport.of(bare().build(), POOL, legacy).isEmpty()).isTrue();
  }

  @Test
  void reportsTheUnitsPitfall() {
    UserPoolClient minutes =
        Fixtures.client()
            .accessTokenValidity(60)
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .build();
    UpdateResetReport report =
        UpdateResetReport.of(bare().accessTokenValidity(60).build(), POOL, minutes);
    assertThat(report.unitsPitfalls())
        .containsExactly(
            UnitsPitfall.of("AccessTokenValidity", "accessTokenValidity", 60, "minutes", "hours"));
    assertThat(report.resets())
        .containsExactly(
            ResetMember.of(
                "TokenValidityUnits", "tokenValidityUnits", "{AccessToken: minutes}", "{}"));
    assertThat(
            UpdateResetReport.of(
                    bare()
                        .accessTokenValidity(60)
                        .tokenValidityUnits(
                            TokenValidityUnits.builder().accessTokenAsString("minutes").build())
                        .build(),
                    POOL,
                    minutes)
                .isEmpty())
        .isTrue();
  }

  @Test
  void adviseUpdateFiresOneAdvisoryPerResetAndPitfall() {
    UserPoolClient minutes =
        STORED
            .withAccessTokenValidity(60)
            .withTokenValidityUnits(
                TokenValidityUnits.builder().accessTokenAsString("minutes").build());
    ImmutableList<Advisory> advisories =
        Advisor.adviseUpdate(
                full().accessTokenValidity(60).build(), POOL, minutes, AdvicePolicy.defaults())
            .stream()
            .filter(a -> a.id().equals("ADV-12"))
            .collect(ImmutableList.toImmutableList());
    assertThat(advisories)
        .extracting(Advisory::field, Advisory::severity, Advisory::message)
        .containsExactly(
            tuple(
                "tokenValidityUnits",
                Severity.MEDIUM,
                "Omitted members reset to defaults (e.g. user-existence protection turns off):"
                    + " TokenValidityUnits {AccessToken: minutes} -> {}"),
            tuple(
                "accessTokenValidity",
                Severity.MEDIUM,
                "Omitted members reset to defaults (e.g. user-existence protection turns off):"
                    + " AccessTokenValidity 60 is read in hours, the stored client used minutes"));
    assertThat(
            Advisor.adviseUpdate(bare().build(), POOL, STORED, AdvicePolicy.defaults()).stream()
                .filter(a -> a.id().equals("ADV-12"))
                .map(Advisory::message))
        .contains(
            "Omitted members reset to defaults (e.g. user-existence protection turns off):"
                + " PreventUserExistenceErrors ENABLED -> (absent)");
  }

  @Test
  void adviseUpdateReadsTheStoredSecretAndRotation() {
    UserPoolContext threatProtected = POOL.withAdvancedSecurityMode("ENFORCED");
    assertThat(
            Advisor.adviseUpdate(full().build(), threatProtected, STORED, AdvicePolicy.defaults())
                .stream()
                .map(Advisory::id))
        .containsExactly("ADV-02", "ADV-11");
    UserPoolClient publicRotating =
        Fixtures.client()
            .refreshTokenRotation(
                RefreshTokenRotation.builder()
                    .featureAsString("ENABLED")
                    .retryGracePeriodSeconds(0)
                    .build())
            .build();
    UpdateUserPoolClientRequest srpOnly =
        bare()
            .preventUserExistenceErrorsAsString("ENABLED")
            .writeAttributes(ImmutableList.of("name"))
            .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_USER_SRP_AUTH"))
            .build();
    assertThat(Advisor.adviseUpdate(srpOnly, POOL, publicRotating, AdvicePolicy.defaults()))
        .isEmpty();
    assertThat(
            Advisor.adviseUpdate(
                    srpOnly.withExplicitAuthFlowsAsStrings(
                        ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")),
                    POOL,
                    Fixtures.client().build(),
                    AdvicePolicy.defaults())
                .stream()
                .map(Advisory::id))
        .containsExactly("ADV-07");
  }

  @Test
  void reportNeverThrowsForRequestsTheResolverWouldRefuse() {
    UpdateUserPoolClientRequest strange =
        UpdateUserPoolClientRequest.builder()
            .userPoolId("other_pool")
            .clientId("")
            .refreshTokenRotation(
                RefreshTokenRotation.builder().retryGracePeriodSeconds(-1).build())
            .accessTokenValidity(-3)
            .build();
    assertThat(UpdateResetReport.of(strange, Fixtures.pool().id("x_y").build(), STORED).resets())
        .extracting(ResetMember::wireName)
        .contains("PreventUserExistenceErrors")
        .doesNotContain("AccessTokenValidity", "RefreshTokenRotation");
    assertThat(Advisor.adviseUpdate(strange, POOL, STORED, AdvicePolicy.defaults()))
        .extracting(Advisory::id)
        .contains("ADV-12");
  }

  @Test
  void disablingAdv12SkipsTheReport() {
    assertThat(
            Advisor.adviseUpdate(
                bare().build(), POOL, STORED, AdvicePolicy.builder().addDisabled("ADV-12").build()))
        .extracting(Advisory::id)
        .doesNotContain("ADV-12");
  }
}
