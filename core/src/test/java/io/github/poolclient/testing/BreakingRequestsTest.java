package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class BreakingRequestsTest {

  private static final int TRIES = 150;

  static Stream<String> ruleIds() {
    return BreakingRequests.ruleIds().stream();
  }

  @Test
  void coversEveryRuleOfTheChainInEvaluationOrder() {
    assertThat(BreakingRequests.ruleIds())
        .containsExactly(
            "M-01", "M-02", "M-04", "M-06", "M-07", "M-08", "M-09", "M-10", "M-11", "M-12", "M-13",
            "M-14", "M-15", "M-16", "M-18", "M-19", "M-20", "M-21", "M-22", "M-23", "M-24",
            "RNF-01", "TV-03", "TV-07", "EAF-03", "EAF-11", "EAF-04", "RTR-03", "CS-02", "OA-05",
            "PR-02", "OA-02", "OA-04", "OA-06", "OA-07", "OA-08", "OA-11", "URL-06", "URL-04",
            "URL-02", "URL-08", "ATTR-04", "ATTR-03", "ATTR-02", "AN-03", "EAF-07", "RTR-05",
            "LIM-01");
  }

  @Test
  void rejectsAnUnknownRuleId() {
    assertThatThrownBy(() -> BreakingRequests.forRule("TV-99"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TV-99");
  }

  @Test
  void mapsEveryRuleToItsCatalogueErrorType() {
    assertThat(BreakingRequests.errorType("M-02")).isEqualTo(ErrorType.INVALID_PARAMETER);
    assertThat(BreakingRequests.errorType("RNF-01")).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    assertThat(BreakingRequests.errorType("OA-07")).isEqualTo(ErrorType.INVALID_OAUTH_FLOW);
    assertThat(BreakingRequests.errorType("OA-08")).isEqualTo(ErrorType.SCOPE_DOES_NOT_EXIST);
    assertThat(BreakingRequests.errorType("RTR-05"))
        .isEqualTo(ErrorType.FEATURE_UNAVAILABLE_IN_TIER);
    assertThat(BreakingRequests.errorType("LIM-01")).isEqualTo(ErrorType.LIMIT_EXCEEDED);
    assertThat(BreakingRequests.errorType("URL-08")).isEqualTo(ErrorType.INVALID_PARAMETER);
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void sameSeedGivesEqualCases(String ruleId) {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed)))
          .as("%s seed %s", ruleId, seed)
          .isEqualTo(BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed)));
    }
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void everyCaseHasTheShapeOfItsRule(String ruleId) {
    // Whether the chain agrees is BreakingRequestProperties' business; this checks the kit alone.
    for (long seed = 0; seed < TRIES; seed++) {
      BreakingRequests.Case c = BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed));
      assertThat(c.ruleId()).as("seed %s", seed).isEqualTo(ruleId);
      assertThat(c.errorType()).as("seed %s", seed).isEqualTo(BreakingRequests.errorType(ruleId));
      assertThat(c.isModelRow()).as("seed %s", seed).isEqualTo(ruleId.startsWith("M-"));
      if (c.isModelRow()) {
        assertThat(c.message()).as("seed %s", seed).isEmpty();
        assertThat(c.fields()).as("seed %s", seed).isNotEmpty();
        assertThat(c.poolExists()).as("seed %s", seed).isTrue();
      } else {
        assertThat(c.message()).as("seed %s", seed).isPresent();
        assertThat(c.fields()).as("seed %s", seed).isEmpty();
      }
      if (!ruleId.equals("RNF-01") && !ruleId.equals("M-01")) {
        assertThat(c.poolExists()).as("seed %s", seed).isTrue();
        assertThat(c.request().userPoolId()).as("seed %s", seed).hasValue(c.context().id());
      }
    }
  }

  private static void assertSome(
      String ruleId, int count, String what, Predicate<BreakingRequests.Case> property) {
    // A plain boolean: AssertJ would print every case (some hold 131,073-character ids).
    assertThat(
            LongStream.range(0, count)
                .mapToObj(seed -> BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed)))
                .anyMatch(property))
        .as("some %s case has %s", ruleId, what)
        .isTrue();
  }

  @Test
  void casesReachTheBoundariesJustOutsideTheValidRanges() {
    assertSome(
        "TV-03",
        400,
        "access 299",
        c -> c.request().accessTokenValidity().equals(Optional.of(299)));
    assertSome("TV-03", 400, "id 25", c -> c.request().idTokenValidity().equals(Optional.of(25)));
    assertSome(
        "TV-03",
        400,
        "refresh 3651",
        c -> c.request().refreshTokenValidity().equals(Optional.of(3651)));
    assertSome(
        "TV-03",
        400,
        "refresh 3599",
        c -> c.request().refreshTokenValidity().equals(Optional.of(3599)));
    assertSome(
        "TV-03", 400, "access 4", c -> c.request().accessTokenValidity().equals(Optional.of(4)));
    assertSome(
        "M-02", 100, "129 characters", c -> c.request().clientName().orElse("").length() == 129);
    assertSome(
        "M-04", 100, "23 characters", c -> c.request().clientSecret().orElse("").length() == 23);
    assertSome(
        "M-04", 100, "65 characters", c -> c.request().clientSecret().orElse("").length() == 65);
    assertSome(
        "M-13",
        100,
        "101 callbacks",
        c -> c.request().callbackURLs().orElse(ImmutableList.of()).size() == 101);
    assertSome(
        "M-16",
        100,
        "51 scopes",
        c -> c.request().allowedOAuthScopes().orElse(ImmutableList.of()).size() == 51);
    assertSome(
        "M-22",
        100,
        "AuthSessionValidity 2",
        c -> c.request().authSessionValidity().equals(Optional.of(2)));
    assertSome(
        "M-22",
        100,
        "AuthSessionValidity 16",
        c -> c.request().authSessionValidity().equals(Optional.of(16)));
    assertSome(
        "LIM-01", 50, "count = limit", c -> c.context().clientCount() == c.context().clientLimit());
    assertSome("RNF-01", 50, "no pool", c -> !c.poolExists());
    assertSome(
        "RNF-01",
        50,
        "another pool id",
        c -> !c.request().userPoolId().equals(Optional.of(c.context().id())));
  }

  @Test
  void casesOfAnyRuleComeFromEveryRule() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long seed = 0; seed < 1000; seed++) {
      seen.add(BreakingRequests.cases().next(new SplittableRandom(seed)).ruleId());
    }
    assertThat(seen).isEqualTo(BreakingRequests.ruleIds());
  }

  @Test
  void caseLookupFindsThePoolOnlyWhenItExists() {
    for (long seed = 0; seed < 60; seed++) {
      BreakingRequests.Case c = BreakingRequests.forRule("RNF-01").next(new SplittableRandom(seed));
      assertThat(c.lookup().find(c.context().id()).isPresent()).isEqualTo(c.poolExists());
    }
  }
}
