package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.model.RefreshTokenRotation;
import org.junit.jupiter.api.Test;

final class SessionAndRotationConstraintsTest {

  private static final String FEATURE_ENUM =
      "Member must satisfy enum value set: [DISABLED, ENABLED]";

  private static RefreshTokenRotation.Builder rotation() {
    return RefreshTokenRotation.builder();
  }

  @Test
  void acceptsLegacyAndEnabledUserExistenceErrors() {
    assertThat(violations(Fixtures.request().preventUserExistenceErrorsAsString("LEGACY")))
        .isEmpty();
    assertThat(violations(Fixtures.request().preventUserExistenceErrorsAsString("ENABLED")))
        .isEmpty();
  }

  @Test
  void rejectsDisabledAndLowerCaseUserExistenceErrors() {
    for (String value : new String[] {"DISABLED", "legacy"}) {
      assertThat(violations(Fixtures.request().preventUserExistenceErrorsAsString(value)))
          .containsExactly(
              item(
                  "M-21",
                  "preventUserExistenceErrors",
                  "Value '"
                      + value
                      + "' at 'preventUserExistenceErrors' failed to satisfy constraint: Member"
                      + " must satisfy enum value set: [LEGACY, ENABLED]"));
    }
  }

  @Test
  void acceptsAuthSessionValidityFrom3To15() {
    assertThat(violations(Fixtures.request().authSessionValidity(3))).isEmpty();
    assertThat(violations(Fixtures.request().authSessionValidity(15))).isEmpty();
  }

  @Test
  void rejectsAuthSessionValidityOf2And16() {
    assertThat(violations(Fixtures.request().authSessionValidity(2)))
        .containsExactly(
            item(
                "M-22",
                "authSessionValidity",
                "Value '2' at 'authSessionValidity' failed to satisfy constraint: Member must have"
                    + " value greater than or equal to 3"));
    assertThat(violations(Fixtures.request().authSessionValidity(16)))
        .containsExactly(
            item(
                "M-22",
                "authSessionValidity",
                "Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have"
                    + " value less than or equal to 15"));
  }

  @Test
  void acceptsBothFeaturesWithGraceFrom0To60() {
    assertThat(
            violations(
                Fixtures.request()
                    .refreshTokenRotation(
                        rotation().featureAsString("ENABLED").retryGracePeriodSeconds(0).build())))
        .isEmpty();
    assertThat(
            violations(
                Fixtures.request()
                    .refreshTokenRotation(
                        rotation()
                            .featureAsString("DISABLED")
                            .retryGracePeriodSeconds(60)
                            .build())))
        .isEmpty();
  }

  @Test
  void requiresTheFeatureOnlyWhenRotationIsSent() {
    assertThat(violations(Fixtures.request().refreshTokenRotation(rotation().build())))
        .containsExactly(
            item(
                "M-23",
                "refreshTokenRotation.feature",
                "Value null at 'refreshTokenRotation.feature' failed to satisfy constraint: Member"
                    + " must not be null"));
  }

  @Test
  void reportsTheMissingFeatureBeforeAnOversizedGracePeriod() {
    assertThat(
            violations(
                Fixtures.request()
                    .refreshTokenRotation(rotation().retryGracePeriodSeconds(61).build())))
        .containsExactly(
            item(
                "M-23",
                "refreshTokenRotation.feature",
                "Value null at 'refreshTokenRotation.feature' failed to satisfy constraint: Member"
                    + " must not be null"),
            item(
                "M-24",
                "refreshTokenRotation.retryGracePeriodSeconds",
                "Value '61' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy"
                    + " constraint: Member must have value less than or equal to 60"));
  }

  @Test
  void rejectsUnknownAndLowerCaseFeatures() {
    for (String feature : new String[] {"ON", "enabled"}) {
      assertThat(
              violations(
                  Fixtures.request()
                      .refreshTokenRotation(rotation().featureAsString(feature).build())))
          .containsExactly(
              item(
                  "M-23",
                  "refreshTokenRotation.feature",
                  "Value '"
                      + feature
                      + "' at 'refreshTokenRotation.feature' failed to satisfy constraint: "
                      + FEATURE_ENUM));
    }
  }

  @Test
  void rejectsANegativeGracePeriod() {
    assertThat(
            violations(
                Fixtures.request()
                    .refreshTokenRotation(
                        rotation().featureAsString("ENABLED").retryGracePeriodSeconds(-1).build())))
        .containsExactly(
            item(
                "M-24",
                "refreshTokenRotation.retryGracePeriodSeconds",
                "Value '-1' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy"
                    + " constraint: Member must have value greater than or equal to 0"));
  }
}
