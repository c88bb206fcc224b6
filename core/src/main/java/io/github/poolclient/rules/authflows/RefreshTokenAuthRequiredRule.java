package io.github.poolclient.rules.authflows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects an {@code ALLOW_} list of {@code ExplicitAuthFlows} without {@code
 * ALLOW_REFRESH_TOKEN_AUTH} (catalogue EAF-04).
 *
 * <p>Cognito answers {@code ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH]} with {@code
 * InvalidParameterException} and the message {@code REFRESH_TOKEN_AUTH should always be allowed.}
 * (REAL: aws/aws-cdk #7625, 2020). One violation at {@code explicitAuthFlows}.
 *
 * <p>Exemptions (INFERRED in the catalogue, binding in 12.4): refresh token rotation {@code
 * ENABLED}, which forbids that flow (RTR-03), and the machine-to-machine set that is exactly {@code
 * {ALLOW_CLIENT_TOKEN_AUTH}} (EAF-11). Legacy-only, empty and absent lists pass (EAF-02, EAF-05).
 * Decision (ours): a list "uses {@code ALLOW_} values" when it holds at least one, so a mixed list
 * (already an EAF-03 violation) is judged on its {@code ALLOW_} part as well.
 */
public final class RefreshTokenAuthRequiredRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "EAF-04",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "An ALLOW_ list of ExplicitAuthFlows holds ALLOW_REFRESH_TOKEN_AUTH.");

  private static final ImmutableSet<ExplicitAuthFlowsType> CLIENT_TOKEN_ONLY =
      ImmutableSet.of(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH);

  /** Creates the rule. */
  public RefreshTokenAuthRequiredRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<ExplicitAuthFlowsType> flows = candidate.explicitAuthFlows();
    boolean missing =
        AuthFlowKinds.hasAllowFlow(flows)
            && !flows.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
            && !candidate.rotationEnabled()
            && !flows.equals(CLIENT_TOKEN_ONLY);
    if (missing) {
      return ImmutableList.of(
          DESCRIPTOR.violation("explicitAuthFlows", Messages.REFRESH_TOKEN_AUTH_REQUIRED));
    }
    return ImmutableList.of();
  }
}
