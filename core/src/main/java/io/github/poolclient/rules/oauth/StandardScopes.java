package io.github.poolclient.rules.oauth;

import com.google.common.collect.ImmutableSet;

/**
 * Lists the scopes Cognito defines itself (catalogue OA-08), as opposed to the custom {@code
 * <Identifier>/<ScopeName>} scopes of a pool's resource servers.
 */
final class StandardScopes {
  private StandardScopes() {}

  /** The standard scope names; matching is case-sensitive (catalogue 12.2). */
  static final ImmutableSet<String> NAMES =
      ImmutableSet.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");
}
