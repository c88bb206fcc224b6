package io.github.poolclient.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Checks the policy: which advisories run, the floor, thresholds and suppressions. */
final class AdvicePolicyTest {

  private static final UserPoolContext POOL = Fixtures.pool().build();

  /** A public SPA: fires ADV-01, ADV-03, ADV-04, ADV-06 (opt-in), ADV-07 and ADV-09. */
  private static final CreateUserPoolClientRequest SPA =
      Fixtures.request()
          .allowedOAuthFlowsUserPoolClient(true)
          .allowedOAuthFlowsAsStrings(ImmutableList.of("code", "implicit"))
          .allowedOAuthScopes(ImmutableList.of("openid"))
          .callbackURLs(ImmutableList.of("http://localhost:3000/cb"))
          .build();

  private static ImmutableList<String> ids(AdvicePolicy policy) {
    return Advisor.advise(SPA, POOL, policy).stream()
        .map(Advisory::id)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void defaultsRunEverythingButThePkceReminder() {
    AdvicePolicy defaults = AdvicePolicy.defaults();
    assertThat(ids(defaults)).containsExactly("ADV-01", "ADV-03", "ADV-04", "ADV-07", "ADV-09");
    assertThat(defaults.floor()).isEqualTo(Severity.INFO);
    assertThat(defaults.maxAccessTokenValidity()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.maxIdTokenValidity()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.maxRefreshTokenValidity()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.maxPublicRefreshTokenValidity()).isEqualTo(Duration.ofDays(365));
    assertThat(defaults.runs("ADV-06")).isFalse();
    assertThat(defaults.runs("ADV-13")).isTrue();
    assertThat(defaults.runs("ADV-99")).isFalse();
  }

  @Test
  void enablingTheOptInAddsItInCatalogueOrder() {
    assertThat(ids(AdvicePolicy.builder().addEnabled("ADV-06").build()))
        .containsExactly("ADV-01", "ADV-03", "ADV-04", "ADV-06", "ADV-07", "ADV-09");
  }

  @Test
  void disabledAdvisoriesDoNotRunAndDisablingWinsOverEnabling() {
    assertThat(
            ids(
                AdvicePolicy.builder()
                    .addDisabled("ADV-01", "ADV-04", "ADV-06")
                    .addEnabled("ADV-06")
                    .build()))
        .containsExactly("ADV-03", "ADV-07", "ADV-09");
  }

  @Test
  void theFloorLeavesOutLowerSeverities() {
    ImmutableList<Advisory> medium =
        Advisor.advise(SPA, POOL, AdvicePolicy.builder().floor(Severity.MEDIUM).build());
    assertThat(medium)
        .extracting(Advisory::id, Advisory::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ADV-01", Severity.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("ADV-03", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("ADV-04", Severity.MEDIUM));
    assertThat(ids(AdvicePolicy.builder().floor(Severity.HIGH).build())).containsExactly("ADV-03");
  }

  @Test
  void suppressionIsShownWithItsReasonNeverDropped() {
    AdvicePolicy policy =
        AdvicePolicy.builder()
            .putSuppressions("ADV-04", "dev stack: loopback redirect is intended")
            .build();
    ImmutableList<Advisory> advisories = Advisor.advise(SPA, POOL, policy);
    assertThat(advisories)
        .extracting(Advisory::id)
        .containsExactly("ADV-01", "ADV-03", "ADV-04", "ADV-07", "ADV-09");
    Advisory suppressed = advisories.get(2);
    assertThat(suppressed.suppressed()).isTrue();
    assertThat(suppressed.suppressionReason()).contains("dev stack: loopback redirect is intended");
    assertThat(suppressed.field()).isEqualTo("callbackURLs[0]");
    assertThat(advisories.stream().filter(Advisory::suppressed)).hasSize(1);
  }

  @Test
  void thePolicyAppliesToDeployAdvisoriesToo() {
    Advisory advisory =
        ResourceServerOrderAdvisory.advisory(
            "allowedOAuthScopes[0]", "https://api.example.com", "https://api.example.com/read");
    assertThat(AdvicePolicy.defaults().apply(advisory)).contains(advisory);
    assertThat(AdvicePolicy.builder().addDisabled("ADV-13").build().apply(advisory)).isEmpty();
    assertThat(
            AdvicePolicy.builder()
                .putSuppressions("ADV-13", "resource server deployed by another stack")
                .build()
                .apply(advisory))
        .hasValueSatisfying(a -> assertThat(a.suppressed()).isTrue());
  }

  @Test
  void rejectsUnknownIdsBlankReasonsAndNonPositiveThresholds() {
    assertThatThrownBy(() -> AdvicePolicy.builder().addDisabled("ADV-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unknown advisory id ADV-1");
    assertThatThrownBy(() -> AdvicePolicy.builder().putSuppressions("ADV-15", "x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unknown advisory id ADV-15");
    assertThatThrownBy(() -> AdvicePolicy.builder().putSuppressions("ADV-02", " ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("suppressing ADV-02 needs a reason");
    assertThatThrownBy(() -> AdvicePolicy.builder().maxRefreshTokenValidity(Duration.ZERO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxRefreshTokenValidity must be positive: PT0S");
  }

  @Test
  void catalogueHoldsFourteenAdvisoriesInOrder() {
    assertThat(Advisor.descriptors())
        .extracting(AdvisoryDescriptor::id)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 14)
                .mapToObj(i -> String.format("ADV-%02d", i))
                .collect(ImmutableList.toImmutableList()));
    assertThat(Advisor.descriptors())
        .filteredOn(d -> d.scope() == AdvisoryScope.DEPLOY)
        .extracting(AdvisoryDescriptor::id)
        .containsExactly("ADV-13", "ADV-14");
    assertThat(Advisor.descriptor("ADV-12").map(AdvisoryDescriptor::scope))
        .contains(AdvisoryScope.UPDATE);
    assertThat(Advisor.descriptor("ADV-15")).isEmpty();
  }

  @Test
  void deployAdvisoriesCarryTheirMessages() {
    assertThat(
            ResourceServerOrderAdvisory.advisory(
                "allowedOAuthScopes[1]", "https://api.example.com", "https://api.example.com/read"))
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("ADV-13");
              assertThat(a.severity()).isEqualTo(Severity.HIGH);
              assertThat(a.field()).isEqualTo("allowedOAuthScopes[1]");
              assertThat(a.message())
                  .isEqualTo(
                      "Client may be created before the resource server →"
                          + " ScopeDoesNotExistException \"Invalid scope requested: …\": resource"
                          + " server https://api.example.com has no dependency from this client"
                          + " (scope https://api.example.com/read)");
              assertThat(a.sources()).containsExactly("A14", "E1", "E2", "E3", "E4");
            });
    assertThat(IdentityProviderOrderAdvisory.advisory("supportedIdentityProviders[0]", "Google"))
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("ADV-14");
              assertThat(a.severity()).isEqualTo(Severity.HIGH);
              assertThat(a.message())
                  .isEqualTo(
                      "Client may be created before the IdP → \"The provider X does not exist for"
                          + " User Pool …\": identity provider Google has no dependency from this"
                          + " client");
              assertThat(a.sources()).containsExactly("A15", "E5");
            });
    assertThat(ResourceServerOrderAdvisory.descriptor().id()).isEqualTo("ADV-13");
    assertThat(IdentityProviderOrderAdvisory.descriptor().id()).isEqualTo("ADV-14");
  }
}
