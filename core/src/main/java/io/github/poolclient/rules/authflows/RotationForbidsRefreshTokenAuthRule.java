package io.github.poolclient.rules.authflows;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code ALLOW_REFRESH_TOKEN_AUTH} on a client with refresh token rotation enabled
 * (catalogue RTR-03).
 *
 * <p>"Refresh token rotation isn't compatible with the authentication flow REFRESH_TOKEN_AUTH"
 * (DOC: developer guide). The message {@code ALLOW_REFRESH_TOKEN_AUTH is not a permitted
 * ExplicitAuthFlow when refresh token rotation is enabled.} is quoted as Cognito's answer in
 * several independent deployment notes, one measured on real AWS (REAL-2); the error type {@code
 * InvalidParameterException} is inferred (catalogue 12.2). One violation at {@code
 * explicitAuthFlows}.
 *
 * <p>Decision (catalogue 12.4): the rule is literal, so a legacy-only list and an absent list
 * (RTR-04) pass with rotation {@code ENABLED}; {@code DISABLED} never fails.
 */
public final class RotationForbidsRefreshTokenAuthRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "RTR-03",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "ExplicitAuthFlows omits ALLOW_REFRESH_TOKEN_AUTH when refresh token rotation is enabled.");

  /** Creates the rule. */
  public RotationForbidsRefreshTokenAuthRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.rotationEnabled()
        && candidate.explicitAuthFlows().contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)) {
      return ImmutableList.of(
          DESCRIPTOR.violation("explicitAuthFlows", Messages.REFRESH_TOKEN_AUTH_WITH_ROTATION));
    }
    return ImmutableList.of();
  }
}
