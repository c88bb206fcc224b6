package io.github.poolclient.rules.oauth;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects a standard (non-custom) scope in {@code AllowedOAuthScopes} when {@code
 * client_credentials} is among {@code AllowedOAuthFlows} (catalogue OA-06).
 *
 * <p>Why: a machine-to-machine token has no user, so only custom resource-server scopes make sense.
 * Evidence: real {@code InvalidOAuthFlowException} transcripts for {@code openid} (terraform
 * provider #4984) and {@code email}; confidence REAL for those two, INFERRED for {@code phone},
 * {@code profile} and {@code aws.cognito.signin.user.admin}.
 *
 * <p>Message: {@code <scope> is not supported with client_credentials flow} (no trailing period) on
 * field {@code allowedOAuthScopes}.
 *
 * <p>Decisions (12.2, 12.4): applies whatever {@code AllowedOAuthFlowsUserPoolClient} says; the
 * non-custom scopes are exactly {@code phone}, {@code email}, {@code openid}, {@code profile} and
 * {@code aws.cognito.signin.user.admin}, matched case-sensitively; the first offending scope in
 * request order is the one Cognito names, so it comes first. (ours) Every further offending scope
 * gets its own violation, once per distinct value; scopes that are unknown rather than standard are
 * left to OA-08.
 */
public final class ClientCredentialsScopesRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-06",
          Stage.SEMANTIC,
          ErrorType.INVALID_OAUTH_FLOW,
          "A client_credentials client has no standard (non-custom) OAuth scope.");

  /** Creates the rule. */
  public ClientCredentialsScopesRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (!candidate.oauthFlows().contains(OAuthFlowType.CLIENT_CREDENTIALS)) {
      return ImmutableList.of();
    }
    return eachDistinctEntry(
        "allowedOAuthScopes",
        candidate.settings().allowedOAuthScopes(),
        scope -> !StandardScopes.NAMES.contains(scope),
        Messages::scopeNotSupportedWithClientCredentials);
  }
}
