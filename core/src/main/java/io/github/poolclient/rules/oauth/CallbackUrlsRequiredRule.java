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
 * Rejects an OAuth client with the {@code code} or {@code implicit} flow and no {@code
 * CallbackURLs} (catalogue OA-07).
 *
 * <p>Why: browser flows redirect to a registered callback URL. Evidence: a real {@code
 * InvalidOAuthFlowException} in cisagov/crossfeed PR #440 (2020) and preflight rules; confidence
 * REAL.
 *
 * <p>Message: {@code CallbackUrls can not be empty when code flow or implicit flow is selected} (no
 * trailing period, "CallbackUrls" as AWS spells it) on field {@code callbackURLs}.
 *
 * <p>Decisions: applies only when {@code AllowedOAuthFlowsUserPoolClient} is {@code true} (12.2,
 * OA-03); an empty list counts as missing; unknown flow strings (a model error) are ignored.
 */
public final class CallbackUrlsRequiredRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-07",
          Stage.SEMANTIC,
          ErrorType.INVALID_OAUTH_FLOW,
          "An OAuth client with the code or implicit flow has callback URLs.");

  /** Creates the rule. */
  public CallbackUrlsRequiredRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<OAuthFlowType> flows = candidate.oauthFlows();
    if (candidate.settings().allowedOAuthFlowsUserPoolClient().orElse(false)
        && (flows.contains(OAuthFlowType.CODE) || flows.contains(OAuthFlowType.IMPLICIT))
        && Candidate.orEmpty(candidate.settings().callbackURLs()).isEmpty()) {
      return ImmutableList.of(
          DESCRIPTOR.violation("callbackURLs", Messages.CALLBACK_URLS_REQUIRED));
    }
    return ImmutableList.of();
  }
}
