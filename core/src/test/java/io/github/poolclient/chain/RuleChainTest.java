package io.github.poolclient.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.pool.UserPoolLookup;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the standard chain to catalogue section 12.1 and 12.2, and its stage semantics. */
final class RuleChainTest {

  private final RuleChain chain = RuleChain.standard();

  @Test
  void runsTheRulesInTheOrderOfCatalogueSection12_1() {
    assertThat(chain.descriptors().stream().map(RuleDescriptor::id))
        .containsExactly(
            // Step 2: model constraints, in M-table order.
            "M-01",
            "M-02",
            "M-04",
            "M-06",
            "M-07",
            "M-08",
            "M-09",
            "M-10",
            "M-11",
            "M-12",
            "M-13",
            "M-14",
            "M-15",
            "M-16",
            "M-18",
            "M-19",
            "M-20",
            "M-21",
            "M-22",
            "M-23",
            "M-24",
            // Step 3: the pool exists.
            "RNF-01",
            // Step 4: business rules, first failure wins.
            "TV-03",
            "TV-07",
            "EAF-03",
            "EAF-11",
            "EAF-04",
            "RTR-03",
            "CS-02",
            "OA-05",
            "PR-02",
            "OA-02",
            "OA-04",
            "OA-06",
            "OA-07",
            "OA-08",
            "OA-11",
            // URL-02/04/06 are one family checked entry by entry: URL-06, then URL-04, then URL-02.
            "URL-06",
            "URL-04",
            "URL-02",
            "URL-08",
            "ATTR-04",
            "ATTR-03",
            "ATTR-04",
            "ATTR-02",
            "AN-03",
            "EAF-07",
            "RTR-05",
            "LIM-01");
  }

  @Test
  void givesEveryRuleTheStageOfItsStep() {
    for (RuleDescriptor rule : chain.descriptors()) {
      Stage expected =
          rule.id().startsWith("M-")
              ? Stage.MODEL
              : rule.id().equals("RNF-01") ? Stage.POOL : Stage.SEMANTIC;
      assertThat(rule.stage()).as(rule.id()).isEqualTo(expected);
    }
  }

  @Test
  void raisesTheErrorTypesOfCatalogueSection12_2() {
    Map<String, ErrorType> types =
        chain.descriptors().stream()
            .collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::errorType, (a, b) -> a));
    for (String id : ImmutableList.of("OA-04", "OA-05", "OA-06", "OA-07")) {
      assertThat(types.get(id)).as(id).isEqualTo(ErrorType.INVALID_OAUTH_FLOW);
    }
    assertThat(types.get("OA-08")).isEqualTo(ErrorType.SCOPE_DOES_NOT_EXIST);
    assertThat(types.get("RNF-01")).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    assertThat(types.get("EAF-07")).isEqualTo(ErrorType.FEATURE_UNAVAILABLE_IN_TIER);
    assertThat(types.get("RTR-05")).isEqualTo(ErrorType.FEATURE_UNAVAILABLE_IN_TIER);
    assertThat(types.get("LIM-01")).isEqualTo(ErrorType.LIMIT_EXCEEDED);
    assertThat(
            types.entrySet().stream()
                .filter(e -> e.getValue() == ErrorType.INVALID_PARAMETER)
                .map(Map.Entry::getKey))
        .containsExactlyInAnyOrder(
            "M-01", "M-02", "M-04", "M-06", "M-07", "M-08", "M-09", "M-10", "M-11", "M-12", "M-13",
            "M-14", "M-15", "M-16", "M-18", "M-19", "M-20", "M-21", "M-22", "M-23", "M-24", "TV-03",
            "TV-07", "EAF-03", "EAF-11", "EAF-04", "RTR-03", "CS-02", "PR-02", "OA-02", "OA-11",
            "URL-06", "URL-04", "URL-02", "URL-08", "ATTR-04", "ATTR-03", "ATTR-02", "AN-03");
  }

  @Test
  void skipsTheBusinessRulesWhenThePoolDoesNotExist() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .clientName("")
            .accessTokenValidity(4)
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .build();
    ImmutableList<Violation> violations = chain.validate(request, UserPoolLookup.none());
    assertThat(violations.stream().map(Violation::ruleId))
        .containsExactly("M-02", "M-02", "RNF-01");
    assertThat(violations.get(2).message())
        .isEqualTo("User pool us-east-1_Example01 does not exist.");
    assertThat(violations.get(2).field()).isEqualTo("userPoolId");
  }

  @Test
  void looksNoPoolUpWithoutAUserPoolId() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder().clientName("web").build();
    assertThat(chain.validate(request, UserPoolLookup.of(Fixtures.pool().build())))
        .extracting(Violation::ruleId)
        .containsExactly("M-01");
  }

  @Test
  void treatsAPoolOfAnotherIdAsMissing() {
    UserPoolLookup wrong =
        id -> java.util.Optional.of(Fixtures.pool().id("eu-west-1_Other").build());
    assertThat(chain.validate(Fixtures.request().build(), wrong))
        .extracting(Violation::ruleId)
        .containsExactly("RNF-01");
  }

  @Test
  void runsTheBusinessRulesEvenWhenModelConstraintsFail() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .clientName("")
            .accessTokenValidity(4)
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .build();
    ImmutableList<Violation> violations =
        chain.validate(request, UserPoolLookup.of(Fixtures.pool().build()));
    assertThat(violations.stream().map(Violation::ruleId)).containsExactly("M-02", "M-02", "TV-03");
  }
}
