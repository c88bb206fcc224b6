package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.IdentityProviderOrderAdvisory;
import io.github.poolclient.advice.ResourceServerOrderAdvisory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds the deploy-order advisories of one client (ADV-13, ADV-14), once the reader of a
 * CloudFormation template or a Terraform plan has found which resource servers and identity
 * providers of the client's pool the client does not depend on.
 */
final class DeployOrder {
  private DeployOrder() {}

  /**
   * Returns ADV-13 for each scope of a server in {@code servers} (its {@code Identifier}; the
   * longest that prefixes the scope) and ADV-14 for each provider in {@code providers}, in the
   * order of the client's lists.
   *
   * @param properties the client's members by wire name, as the definition gives them
   * @param pathOf the path, in the definition's own terms, of entry {@code index} of a member
   */
  static ImmutableList<Advisory> advisories(
      Map<String, ?> properties,
      Set<String> servers,
      Set<String> providers,
      BiFunction<String, Integer, String> pathOf) {
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    if (properties.get("AllowedOAuthScopes") instanceof List<?> scopes) {
      for (int i = 0; i < scopes.size(); i++) {
        if (!(scopes.get(i) instanceof String scope)) {
          continue;
        }
        String identifier = "";
        for (String candidate : servers) {
          if (scope.startsWith(candidate + "/")
              && scope.length() > candidate.length() + 1
              && candidate.length() > identifier.length()) {
            identifier = candidate;
          }
        }
        if (!identifier.isEmpty()) {
          out.add(
              ResourceServerOrderAdvisory.advisory(
                  pathOf.apply("AllowedOAuthScopes", i),
                  identifier,
                  scope.substring(identifier.length() + 1)));
        }
      }
    }
    if (properties.get("SupportedIdentityProviders") instanceof List<?> names) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i) instanceof String name && providers.contains(name)) {
          out.add(
              IdentityProviderOrderAdvisory.advisory(
                  pathOf.apply("SupportedIdentityProviders", i), name));
        }
      }
    }
    return out.build();
  }
}
