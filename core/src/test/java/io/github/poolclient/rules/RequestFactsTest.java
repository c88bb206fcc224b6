package io.github.poolclient.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.RefreshTokenRotation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RequestFactsTest {

  @Test
  void keepsTheKnownOAuthFlowsOnceInFirstSeenOrderAndDropsUnknownOnes() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .allowedOAuthFlowsAsStrings(
                ImmutableList.of("implicit", "bogus", "code", "implicit", "CODE"))
            .build();

    assertThat(RequestFacts.oauthFlowSet(request))
        .containsExactly(OAuthFlowType.IMPLICIT, OAuthFlowType.CODE);
  }

  @Test
  void givesNoOAuthFlowsForAnAbsentOrAllUnknownList() {
    assertThat(RequestFacts.oauthFlowSet(Fixtures.request().build())).isEmpty();
    assertThat(
            RequestFacts.oauthFlowSet(
                Fixtures.request().allowedOAuthFlowsAsStrings(ImmutableList.of("bogus")).build()))
        .isEmpty();
  }

  @Test
  void keepsTheKnownAuthFlowsOnceInFirstSeenOrderAndDropsUnknownOnes() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .explicitAuthFlowsAsStrings(
                ImmutableList.of(
                    "ALLOW_USER_SRP_AUTH",
                    "allow_user_srp_auth",
                    "USER_PASSWORD_AUTH",
                    "ALLOW_USER_SRP_AUTH"))
            .build();

    assertThat(RequestFacts.explicitAuthFlowSet(request))
        .containsExactly(
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.USER_PASSWORD_AUTH);
    assertThat(
            RequestFacts.explicitAuthFlowSet(
                Fixtures.request().explicitAuthFlowsAsStrings(ImmutableList.of("bogus")).build()))
        .isEmpty();
  }

  @Test
  void countsAGeneratedOrACustomSecretAsASecret() {
    assertThat(RequestFacts.hasSecret(Fixtures.request().generateSecret(true).build())).isTrue();
    assertThat(
            RequestFacts.hasSecret(
                Fixtures.request().clientSecret("abcdefghijklmnopqrstuvwx").build()))
        .isTrue();
    assertThat(RequestFacts.hasSecret(Fixtures.request().generateSecret(false).build())).isFalse();
    assertThat(RequestFacts.hasSecret(Fixtures.request().build())).isFalse();
  }

  @Test
  void seesRotationEnabledOnlyForFeatureEnabled() {
    assertThat(RequestFacts.rotationEnabled(rotation("ENABLED"))).isTrue();
    assertThat(RequestFacts.rotationEnabled(rotation("DISABLED"))).isFalse();
    assertThat(RequestFacts.rotationEnabled(rotation("enabled"))).isFalse();
    assertThat(
            RequestFacts.rotationEnabled(
                Fixtures.request()
                    .refreshTokenRotation(
                        RefreshTokenRotation.builder().retryGracePeriodSeconds(10).build())
                    .build()))
        .isFalse();
    assertThat(RequestFacts.rotationEnabled(Fixtures.request().build())).isFalse();
  }

  @Test
  void givesTheListAsSentOrAnEmptyList() {
    ImmutableList<String> sent = ImmutableList.of("b", "a", "b");

    assertThat(RequestFacts.orEmpty(Optional.of(sent))).isSameAs(sent);
    assertThat(RequestFacts.orEmpty(Optional.empty())).isEmpty();
  }

  private static CreateUserPoolClientRequest rotation(String feature) {
    return Fixtures.request()
        .refreshTokenRotation(RefreshTokenRotation.builder().featureAsString(feature).build())
        .build();
  }
}
