package io.github.poolclient.rules.oauth;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code client_credentials} together with {@code code} or {@code implicit} in {@code
 * AllowedOAuthFlows} (catalogue OA-04).
 *
 * <p>Why: the service model says "you must add client_credentials as the only allowed OAuth flow"
 * (DOC); the message is quoted by preflight rules (REAL-2). The error type {@code
 * InvalidOAuthFlowException} is INFERRED and fixed by catalogue 12.2.
 *
 * <p>Message: {@code client_credentials flow can not be selected along with code flow or implicit
 * flow.} (with the trailing period) on field {@code allowedOAuthFlows}.
 *
 * <p>Decisions: applies whatever {@code AllowedOAuthFlowsUserPoolClient} says (12.2, OA-03); the
 * flows are judged as a set, so a repeated {@code client_credentials} is still alone; unknown flow
 * strings (a model error) are ignored.
 */
public final class ClientCredentialsAloneRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-04",
          Stage.SEMANTIC,
          ErrorType.INVALID_OAUTH_FLOW,
          "client_credentials is not combined with the code or implicit flow.");

  /** Creates the rule. */
  public ClientCredentialsAloneRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<OAuthFlowType> flows = candidate.oauthFlows();
    if (flows.contains(OAuthFlowType.CLIENT_CREDENTIALS)
        && (flows.contains(OAuthFlowType.CODE) || flows.contains(OAuthFlowType.IMPLICIT))) {
      return ImmutableList.of(
          DESCRIPTOR.violation("allowedOAuthFlows", Messages.CLIENT_CREDENTIALS_NOT_ALONE));
    }
    return ImmutableList.of();
  }
}
