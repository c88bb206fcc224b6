package io.github.poolclient.rules.oauth;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code AllowedOAuthFlowsUserPoolClient: true} without both {@code AllowedOAuthFlows} and
 * {@code AllowedOAuthScopes} (catalogue OA-02).
 *
 * <p>Why: a client allowed to use OAuth must say which flows and scopes it may use. Evidence: an
 * SDK error pasted with {@code InvalidParameterException} (2019) and preflight rules that say both
 * directions were deploy-verified; confidence REAL. That an empty list counts as missing is
 * INFERRED.
 *
 * <p>Message: {@code AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is
 * allowed to use OAuth flows.} on field {@code allowedOAuthFlows} when the flows are missing, else
 * on {@code allowedOAuthScopes}; one violation even when both are missing.
 *
 * <p>Decisions: applies only when the flag is {@code true} (12.2, OA-03); an empty list counts as
 * missing. (ours) A list is judged as sent: {@code AllowedOAuthFlows} holding only unknown strings
 * is not missing, since its model error already says what is wrong with it.
 */
public final class OAuthFlowsAndScopesRequiredRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "An OAuth client (AllowedOAuthFlowsUserPoolClient true) has OAuth flows and scopes.");

  /** Creates the rule. */
  public OAuthFlowsAndScopesRequiredRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (!candidate.settings().allowedOAuthFlowsUserPoolClient().orElse(false)) {
      return ImmutableList.of();
    }
    if (Candidate.orEmpty(candidate.settings().allowedOAuthFlowsAsStrings()).isEmpty()) {
      return ImmutableList.of(
          DESCRIPTOR.violation("allowedOAuthFlows", Messages.OAUTH_FLOWS_AND_SCOPES_REQUIRED));
    }
    if (Candidate.orEmpty(candidate.settings().allowedOAuthScopes()).isEmpty()) {
      return ImmutableList.of(
          DESCRIPTOR.violation("allowedOAuthScopes", Messages.OAUTH_FLOWS_AND_SCOPES_REQUIRED));
    }
    return ImmutableList.of();
  }
}
