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
 * Rejects {@code client_credentials} in {@code AllowedOAuthFlows} when the client will have no
 * secret (catalogue OA-05).
 *
 * <p>Why: the machine-to-machine flow authenticates the client with its secret. Evidence: several
 * real transcripts ({@code InvalidOAuthFlowException}, HTTP 400), confidence REAL. The client has a
 * secret when {@code GenerateSecret} is true or a {@code ClientSecret} is given (CS-04); that a
 * custom {@code ClientSecret} satisfies the rule is INFERRED and adopted by catalogue 12.2 (CS-03).
 *
 * <p>Message: {@code client_credentials flow can not be selected if client does not have a client
 * secret.} on field {@code allowedOAuthFlows}.
 *
 * <p>Decisions: applies whatever {@code AllowedOAuthFlowsUserPoolClient} says (12.2, OA-03);
 * unknown flow strings (a model error) are ignored.
 */
public final class ClientCredentialsSecretRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-05",
          Stage.SEMANTIC,
          ErrorType.INVALID_OAUTH_FLOW,
          "client_credentials is allowed only for a client with a client secret.");

  /** Creates the rule. */
  public ClientCredentialsSecretRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.oauthFlows().contains(OAuthFlowType.CLIENT_CREDENTIALS)
        && !candidate.hasSecret()) {
      return ImmutableList.of(
          DESCRIPTOR.violation("allowedOAuthFlows", Messages.CLIENT_CREDENTIALS_WITHOUT_SECRET));
    }
    return ImmutableList.of();
  }
}
