package io.github.poolclient.rules.urls;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;
import java.util.Optional;

/**
 * Rejects a {@code DefaultRedirectURI} that is not one of the {@code CallbackURLs} (catalogue
 * URL-08).
 *
 * <p>Why: the service model says the default redirect URI "must be in the CallbackURLs list" (DOC);
 * the message comes from preflight rules (REAL-2). The error type {@code InvalidParameterException}
 * is INFERRED and fixed by catalogue 12.2.
 *
 * <p>Message: {@code The default redirect URI <uri> is not in the callback URIs list.} on field
 * {@code defaultRedirectURI}.
 *
 * <p>Decisions: the comparison is exact string equality (no normalisation, case-sensitive); absent
 * or empty {@code CallbackURLs} contain nothing, so any {@code DefaultRedirectURI} then fails; the
 * rule applies whatever {@code AllowedOAuthFlowsUserPoolClient} says (12.2, OA-03).
 */
public final class DefaultRedirectUriRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "URL-08",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "DefaultRedirectURI is exactly one of the CallbackURLs.");

  /** Creates the rule. */
  public DefaultRedirectUriRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return candidate
        .settings()
        .defaultRedirectURI()
        .filter(uri -> !Candidate.orEmpty(candidate.settings().callbackURLs()).contains(uri))
        .map(
            uri ->
                ImmutableList.of(
                    DESCRIPTOR.violation(
                        "defaultRedirectURI",
                        Messages.defaultRedirectNotInCallbacks(uri),
                        Optional.of(uri))))
        .orElse(ImmutableList.of());
  }
}
