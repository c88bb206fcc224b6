package io.github.poolclient.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.chain.RuleChain.Mode;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.model.ModelConstraints;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests how far each check goes: every violation ({@code ALL}) or up to the answer ({@code FIRST}).
 */
final class RuleChainModesTest {

  private final RuleChain chain = RuleChain.standard();
  private final UserPoolContext pool = Fixtures.pool().build();

  /** Breaks M-22 (model) and, in the pool, OA-05 and OA-08 (two business rules). */
  private final CreateUserPoolClientRequest broken =
      Fixtures.request()
          .authSessionValidity(99)
          .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
          .allowedOAuthScopes("https://nowhere.example.com/x")
          .build();

  private static List<String> ids(List<Violation> violations) {
    return violations.stream().map(Violation::ruleId).toList();
  }

  @Test
  void allReportsModelAndEveryBusinessRuleWhileFirstStopsAtTheModel() {
    assertThat(ids(chain.validate(broken, Optional.of(pool), Mode.ALL)))
        .containsExactly("M-22", "OA-05", "OA-08");
    assertThat(ids(chain.validate(broken, Optional.of(pool), Mode.FIRST))).containsExactly("M-22");
  }

  @Test
  void firstStopsAtTheFirstFailingBusinessRule() {
    CreateUserPoolClientRequest request = broken.withAuthSessionValidity(3);

    assertThat(ids(chain.validate(request, Optional.of(pool), Mode.FIRST)))
        .containsExactly("OA-05");
    assertThat(ids(chain.validate(request, Optional.of(pool), Mode.ALL)))
        .containsExactly("OA-05", "OA-08");
  }

  @Test
  void aMissingPoolStopsEveryModeAfterTheModel() {
    assertThat(ids(chain.validate(broken, Optional.empty(), Mode.ALL)))
        .containsExactly("M-22", "RNF-01");
    assertThat(ids(chain.validate(broken.withAuthSessionValidity(3), Optional.empty(), Mode.FIRST)))
        .containsExactly("RNF-01");
  }

  @Test
  void updateSkipsTheCreateOnlyRulesAndNeedsTheStoredClient() {
    UserPoolClient stored = Fixtures.client().build();
    UpdateUserPoolClientRequest request =
        UpdateUserPoolClientRequest.builder()
            .userPoolId(stored.userPoolId())
            .clientId(stored.clientId())
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
            .allowedOAuthScopes("https://nowhere.example.com/x")
            .build();
    UserPoolContext full = pool.withClientCount(5).withClientLimit(5);

    assertThat(ids(chain.validate(request, Optional.of(full), Optional.of(stored), Mode.ALL)))
        .containsExactly("OA-05", "OA-08");
    assertThat(ids(chain.validate(request, Optional.of(full), Optional.empty(), Mode.ALL)))
        .containsExactly("RNF-02");
    assertThat(
            ids(
                chain.validate(
                    request.withAuthSessionValidity(0),
                    Optional.of(full),
                    Optional.empty(),
                    Mode.FIRST)))
        .containsExactly("M-22");
    assertThat(chain.descriptors(Operation.UPDATE))
        .extracting(d -> d.id())
        .doesNotContain("CS-02", "LIM-01", "M-04")
        .contains("M-03", "RNF-02");
  }

  @Test
  void lookupsCheckTheModelThenThePoolThenTheClient() {
    DeleteUserPoolClientRequest malformed =
        DeleteUserPoolClientRequest.builder().userPoolId("bad").clientId("x").build();
    DeleteUserPoolClientRequest fine =
        DeleteUserPoolClientRequest.builder().userPoolId(pool.id()).clientId("x").build();
    UserPoolClient stored = Fixtures.client().build();

    assertThat(
            ids(
                chain.validateLookup(
                    malformed,
                    ModelConstraints.deleteRules(),
                    malformed.userPoolId(),
                    malformed.clientId(),
                    Optional.empty(),
                    Optional.empty(),
                    Mode.FIRST)))
        .containsExactly("M-01");
    assertThat(
            ids(
                chain.validateLookup(
                    malformed,
                    ModelConstraints.deleteRules(),
                    malformed.userPoolId(),
                    malformed.clientId(),
                    Optional.empty(),
                    Optional.empty(),
                    Mode.ALL)))
        .containsExactly("M-01", "RNF-01");
    assertThat(
            ids(
                chain.validateLookup(
                    fine,
                    ModelConstraints.deleteRules(),
                    fine.userPoolId(),
                    fine.clientId(),
                    Optional.of(pool),
                    Optional.empty(),
                    Mode.FIRST)))
        .containsExactly("RNF-02");
    assertThat(
            chain.validateLookup(
                fine,
                ModelConstraints.deleteRules(),
                fine.userPoolId(),
                fine.clientId(),
                Optional.of(pool),
                Optional.of(stored),
                Mode.FIRST))
        .isEmpty();
  }

  @Test
  void listChecksTheModelThenThePool() {
    ListUserPoolClientsRequest zero =
        ListUserPoolClientsRequest.builder().userPoolId(pool.id()).maxResults(0).build();

    assertThat(
            ids(
                chain.validatePool(
                    zero,
                    ModelConstraints.listRules(),
                    zero.userPoolId(),
                    Optional.empty(),
                    Mode.FIRST)))
        .containsExactly("LIST-01");
    assertThat(
            ids(
                chain.validatePool(
                    zero,
                    ModelConstraints.listRules(),
                    zero.userPoolId(),
                    Optional.empty(),
                    Mode.ALL)))
        .containsExactly("LIST-01", "RNF-01");
    assertThat(
            chain.validatePool(
                zero.withMaxResults(60),
                ModelConstraints.listRules(),
                zero.userPoolId(),
                Optional.of(pool),
                Mode.FIRST))
        .isEmpty();
  }

  @Test
  void findClientIgnoresAClientTheLookupAnswersForAnotherPoolOrId() {
    UserPoolClient stored = Fixtures.client().build();
    UserPoolClientLookup lying =
        new UserPoolClientLookup() {
          @Override
          public Optional<UserPoolClient> find(String userPoolId, String clientId) {
            return Optional.of(stored);
          }

          @Override
          public com.google.common.collect.ImmutableList<UserPoolClient> list(String userPoolId) {
            return com.google.common.collect.ImmutableList.of(stored);
          }
        };

    assertThat(
            RuleChain.findClient(
                Optional.of(stored.userPoolId()), Optional.of(stored.clientId()), lying))
        .contains(stored);
    assertThat(
            RuleChain.findClient(
                Optional.of("us-east-1_Other0001"), Optional.of(stored.clientId()), lying))
        .isEmpty();
    assertThat(RuleChain.findClient(Optional.of(stored.userPoolId()), Optional.of("other"), lying))
        .isEmpty();
    assertThat(RuleChain.findClient(Optional.empty(), Optional.of(stored.clientId()), lying))
        .isEmpty();
    assertThat(RuleChain.findClient(Optional.of(stored.userPoolId()), Optional.empty(), lying))
        .isEmpty();
  }
}
