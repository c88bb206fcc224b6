package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.testing.ArbitraryBodies;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.wire.WireFormat;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every breaker of {@link BreakingRequests} hits its rule first: {@code create} throws
 * that rule's error type and message, and {@code validate} names that rule first.
 */
final class BreakingRequestProperties {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(1))
          .build();

  static Stream<String> ruleIds() {
    return BreakingRequests.ruleIds().stream();
  }

  @Test
  void everyRuleOfTheChainHasABreakerAndEveryBreakerARule() {
    ImmutableSet<String> chain =
        FACTORY.rules().stream().map(RuleDescriptor::id).collect(ImmutableSet.toImmutableSet());
    assertThat(BreakingRequests.ruleIds()).containsExactlyInAnyOrderElementsOf(chain);
  }

  @Test
  void breakersComeInTheChainsEvaluationOrder() {
    ImmutableList<String> chain =
        FACTORY.rules().stream()
            .map(RuleDescriptor::id)
            .distinct()
            .collect(ImmutableList.toImmutableList());
    assertThat(BreakingRequests.ruleIds().asList()).isEqualTo(chain);
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void everyBreakerHitsItsRuleFirst(String ruleId) {
    for (long seed = 0; seed < Tries.TRIES; seed++) {
      BreakingRequests.Case c = BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed));
      String where = ruleId + " seed " + seed;

      CognitoException error =
          catchThrowableOfType(
              CognitoException.class, () -> FACTORY.create(c.request(), c.lookup()));
      assertThat(error).as("%s: create must throw", where).isNotNull();
      assertThat(error.errorType()).as("%s: %s", where, error).isEqualTo(c.errorType());

      ImmutableList<Violation> violations = FACTORY.validate(c.request(), c.lookup());
      if (c.isModelRow()) {
        ImmutableList<Violation> model =
            violations.stream()
                .filter(v -> v.stage() == Stage.MODEL)
                .collect(ImmutableList.toImmutableList());
        assertThat(model).as("%s: model items", where).isNotEmpty();
        assertThat(model.stream().map(Violation::ruleId).distinct())
            .as("%s: %s", where, error.getMessage())
            .containsExactly(ruleId);
        assertThat(model.stream().map(Violation::field).collect(ImmutableSet.toImmutableSet()))
            .as("%s: fields", where)
            .isEqualTo(c.fields());
        assertThat(error.getMessage())
            .as(where)
            .isEqualTo(
                Messages.validationErrorsPrefix(model.size())
                    + model.stream().map(Violation::message).collect(Collectors.joining("; ")));
      } else {
        assertThat(error.getMessage()).as(where).isEqualTo(c.message().orElseThrow());
        assertThat(violations).as("%s: validate", where).isNotEmpty();
        assertThat(violations.get(0).ruleId()).as("%s: %s", where, violations).isEqualTo(ruleId);
        assertThat(violations.get(0).errorType()).as(where).isEqualTo(c.errorType());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void everyBreakingRequestSurvivesTheWire(String ruleId) {
    for (long seed = 0; seed < Tries.TRIES; seed++) {
      BreakingRequests.Case c = BreakingRequests.forRule(ruleId).next(new SplittableRandom(seed));
      assertThat(WireFormat.readCreateUserPoolClientRequest(ArbitraryBodies.toWire(c.request())))
          .as("%s seed %s", ruleId, seed)
          .isEqualTo(c.request());
    }
  }
}
