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
 * Rejects a {@code SupportedIdentityProviders} entry that is neither {@code COGNITO} nor the name
 * of an identity provider configured in the pool (catalogue OA-11).
 *
 * <p>Why: a client can only offer sign-in through providers that exist; the built-in social names
 * ({@code Google}, {@code Facebook}, ...) too need their provider created in the pool. Evidence:
 * real {@code InvalidParameterException} messages for {@code Salesforce}, {@code EntraID} and
 * {@code Google}; confidence REAL.
 *
 * <p>Message: {@code The provider <name> does not exist for User Pool <userPoolId>.} with the
 * request's {@code UserPoolId}, on field {@code supportedIdentityProviders}.
 *
 * <p>Decisions (12.2, 12.4): {@code COGNITO} is always valid; names are case-sensitive; the first
 * unknown provider in request order is the one Cognito names, so it comes first. (ours) Every
 * further unknown provider gets its own violation, once per distinct value.
 */
public final class IdentityProvidersExistRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "OA-11",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "Every supported identity provider is COGNITO or an identity provider of the pool.");

  /** Creates the rule. */
  public IdentityProvidersExistRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    // The chain runs business rules only for the pool the request names; fall back to the pool's
    // id so that a direct call without UserPoolId still yields a message instead of failing.
    String userPoolId = candidate.settings().userPoolId().orElse(candidate.pool().id());
    return eachDistinctEntry(
        "supportedIdentityProviders",
        candidate.settings().supportedIdentityProviders(),
        candidate.pool()::hasIdentityProvider,
        provider -> Messages.providerDoesNotExist(provider, userPoolId));
  }
}
