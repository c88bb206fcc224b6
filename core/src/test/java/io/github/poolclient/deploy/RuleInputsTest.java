package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.testing.ValidRequests;
import io.github.poolclient.wire.WireFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link RuleInputs} true to the rules: a rule's violations never change when a member it
 * does not list is taken away, so an unknown value of that member cannot hide or fake them.
 */
final class RuleInputsTest {

  private static final int TRIES = Integer.getInteger("poolclient.tries", 200);

  static LongStream seeds() {
    return LongStream.range(0, TRIES);
  }

  @Test
  void everyRuleOfTheChainListsItsInputs() {
    assertThat(ClientChecker.ruleOrder()).isNotEmpty().allMatch(RuleInputs::known);
  }

  @Test
  void anUnlistedRuleReadsEverything() {
    assertThat(RuleInputs.reads("XX-99", "CallbackURLs")).isTrue();
    assertThat(RuleInputs.reads("XX-99", RuleInputs.POOL_TIER)).isTrue();
    assertThat(RuleInputs.reads("URL-02", "ExplicitAuthFlows")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void takingAwayAnUnlistedMemberNeverChangesARulesViolations(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BreakingRequests.Case breaking = BreakingRequests.cases().next(random);
    ValidRequests.Sample valid = ValidRequests.samples().next(random);
    check(seed, breaking.request(), breaking.context());
    check(seed, valid.request(), valid.context());
  }

  private static void check(long seed, CreateUserPoolClientRequest request, UserPoolContext pool) {
    Map<String, Object> wire = WireFormat.write(request);
    Map<String, List<String>> before = byRule(request, pool);
    for (String member : wire.keySet()) {
      if (member.equals("UserPoolId")) {
        continue; // the checker always sends a pool id (a placeholder when unknown)
      }
      Map<String, Object> without = new LinkedHashMap<>(wire);
      without.remove(member);
      Map<String, List<String>> after =
          byRule(WireFormat.readCreateUserPoolClientRequest(without), pool);
      for (String rule : ClientChecker.ruleOrder()) {
        if (!RuleInputs.reads(rule, member)) {
          assertThat(after.getOrDefault(rule, List.of()))
              .as("seed %s: %s without %s (%s)", seed, rule, member, wire)
              .isEqualTo(before.getOrDefault(rule, List.of()));
        }
      }
    }
  }

  private static Map<String, List<String>> byRule(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return RuleChain.standard().validate(request, Optional.of(pool), RuleChain.Mode.ALL).stream()
        .collect(
            Collectors.groupingBy(
                Violation::ruleId,
                LinkedHashMap::new,
                Collectors.mapping(v -> v.field() + " " + v.message(), Collectors.toList())));
  }
}
