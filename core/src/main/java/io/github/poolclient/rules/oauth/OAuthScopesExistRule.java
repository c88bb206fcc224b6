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
 * Rejects an {@code AllowedOAuthScopes} entry that is neither a standard scope nor a scope of one
 * of the pool's resource servers (catalogue OA-08).
 *
 * <p>Why: a client can only be granted scopes that exist. Evidence: a real {@code
 * ScopeDoesNotExistException} for {@code Cognito} (cloudformation user guide #564, PR #518);
 * confidence REAL. The standard scopes are {@code phone}, {@code email}, {@code openid}, {@code
 * profile} and {@code aws.cognito.signin.user.admin}; a custom scope is {@code
 * <Identifier>/<ScopeName>} of a resource server of the pool.
 *
 * <p>Message: {@code Invalid scope requested: <scope>} (no trailing period) on field {@code
 * allowedOAuthScopes}.
 *
 * <p>Decisions (12.2): applies whatever {@code AllowedOAuthFlowsUserPoolClient} says; names are
 * case-sensitive ({@code Profile} is unknown); the first unknown scope in request order is the one
 * Cognito names, so it comes first; {@code email}, {@code phone} or {@code profile} without {@code
 * openid} is accepted (OA-09). (ours) Every further unknown scope gets its own violation, once per
 * distinct value.
 */
public final class OAuthScopesExistRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-08",
          Stage.SEMANTIC,
          ErrorType.SCOPE_DOES_NOT_EXIST,
          "Every OAuth scope is a standard scope or a scope of a resource server of the pool.");

  /** Creates the rule. */
  public OAuthScopesExistRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return eachDistinctEntry(
        "allowedOAuthScopes",
        candidate.settings().allowedOAuthScopes(),
        scope -> StandardScopes.NAMES.contains(scope) || candidate.pool().hasCustomScope(scope),
        Messages::invalidScope);
  }
}
