package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;

/**
 * Lists what each catalogue rule reads: the request members (wire names) and the facts of the pool
 * ({@code pool}, {@code pool.tier}, ...). A rule that reads a value known only at deploy time is
 * not checked. The list is read off the rules' code; a rule id missing here is treated as reading
 * everything, so a rule added to the chain later is never checked on a guess.
 */
final class RuleInputs {
  /** The pool exists (and its id is known). */
  static final String POOL = "pool";

  /** The pool's feature plan. */
  static final String POOL_TIER = "pool.tier";

  /** The pool's schema (required, custom and developer-only attributes). */
  static final String POOL_SCHEMA = "pool.schema";

  /** The pool's identity providers. */
  static final String POOL_IDENTITY_PROVIDERS = "pool.identityProviders";

  /** The pool's resource servers and their scopes. */
  static final String POOL_RESOURCE_SERVERS = "pool.resourceServers";

  /** How many clients the pool already has. */
  static final String POOL_CLIENT_COUNT = "pool.clientCount";

  /** Every pool fact, for a pool the definition does not create. */
  static final ImmutableSet<String> POOL_FACTS =
      ImmutableSet.of(
          POOL,
          POOL_TIER,
          POOL_SCHEMA,
          POOL_IDENTITY_PROVIDERS,
          POOL_RESOURCE_SERVERS,
          POOL_CLIENT_COUNT);

  private static final String VALIDITIES =
      "RefreshTokenValidity AccessTokenValidity IdTokenValidity";
  private static final String SECRET = "GenerateSecret ClientSecret";

  private static final ImmutableSetMultimap<String, String> INPUTS =
      ImmutableSetMultimap.<String, String>builder()
          .putAll("M-01", "UserPoolId")
          .putAll("M-02", "ClientName")
          .putAll("M-04", "ClientSecret")
          .putAll("M-06", "RefreshTokenValidity")
          .putAll("M-07", "AccessTokenValidity")
          .putAll("M-08", "IdTokenValidity")
          .putAll("M-09", "TokenValidityUnits")
          .putAll("M-10", "ReadAttributes", "WriteAttributes")
          .putAll("M-11", "ExplicitAuthFlows")
          .putAll("M-12", "SupportedIdentityProviders")
          .putAll("M-13", "CallbackURLs", "LogoutURLs")
          .putAll("M-14", "DefaultRedirectURI")
          .putAll("M-15", "AllowedOAuthFlows")
          .putAll("M-16", "AllowedOAuthScopes")
          .putAll("M-18", "AnalyticsConfiguration")
          .putAll("M-19", "AnalyticsConfiguration")
          .putAll("M-20", "AnalyticsConfiguration")
          .putAll("M-21", "PreventUserExistenceErrors")
          .putAll("M-22", "AuthSessionValidity")
          .putAll("M-23", "RefreshTokenRotation")
          .putAll("M-24", "RefreshTokenRotation")
          .putAll("RNF-01", "UserPoolId", POOL)
          .putAll("TV-03", words(VALIDITIES + " TokenValidityUnits"))
          .putAll("TV-07", words(VALIDITIES + " TokenValidityUnits"))
          .putAll("EAF-03", "ExplicitAuthFlows")
          .putAll("EAF-11", words("ExplicitAuthFlows " + SECRET))
          .putAll("EAF-04", "ExplicitAuthFlows", "RefreshTokenRotation")
          .putAll("RTR-03", "ExplicitAuthFlows", "RefreshTokenRotation")
          .putAll("CS-02", words(SECRET))
          .putAll("OA-05", words("AllowedOAuthFlows " + SECRET))
          .putAll("PR-02", words("EnablePropagateAdditionalUserContextData " + SECRET))
          .putAll(
              "OA-02", "AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlows", "AllowedOAuthScopes")
          .putAll("OA-04", "AllowedOAuthFlows")
          .putAll("OA-06", "AllowedOAuthFlows", "AllowedOAuthScopes")
          .putAll("OA-07", "AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlows", "CallbackURLs")
          .putAll("OA-08", "AllowedOAuthScopes", POOL_RESOURCE_SERVERS)
          // The message names the pool id.
          .putAll("OA-11", "SupportedIdentityProviders", POOL_IDENTITY_PROVIDERS, "UserPoolId")
          .putAll("URL-06", "CallbackURLs", "LogoutURLs")
          .putAll("URL-04", "CallbackURLs", "LogoutURLs")
          .putAll("URL-02", "CallbackURLs", "LogoutURLs")
          .putAll("URL-08", "DefaultRedirectURI", "CallbackURLs")
          .putAll("ATTR-04", "ReadAttributes", "WriteAttributes", POOL_SCHEMA)
          .putAll("ATTR-03", "WriteAttributes")
          .putAll("ATTR-02", "WriteAttributes", POOL_SCHEMA)
          .putAll("AN-03", "AnalyticsConfiguration")
          .putAll("EAF-07", "ExplicitAuthFlows", POOL_TIER)
          .putAll("RTR-05", "RefreshTokenRotation", POOL_TIER)
          // The message names the pool id.
          .putAll("LIM-01", POOL_CLIENT_COUNT, "UserPoolId")
          .build();

  /**
   * The members that a rule judges entry by entry: a violation about a known entry of a list whose
   * other entries are unknown stands whatever those entries turn out to be.
   */
  private static final ImmutableSetMultimap<String, String> PER_ENTRY =
      ImmutableSetMultimap.<String, String>builder()
          .putAll("OA-06", "AllowedOAuthScopes")
          .putAll("OA-08", "AllowedOAuthScopes")
          .putAll("OA-11", "SupportedIdentityProviders")
          .putAll("URL-06", "CallbackURLs", "LogoutURLs")
          .putAll("URL-04", "CallbackURLs", "LogoutURLs")
          .putAll("URL-02", "CallbackURLs", "LogoutURLs")
          .putAll("ATTR-04", "ReadAttributes", "WriteAttributes")
          .putAll("ATTR-03", "WriteAttributes")
          .build();

  private RuleInputs() {}

  /** Returns whether the rule's inputs are listed here. */
  static boolean known(String ruleId) {
    return INPUTS.containsKey(ruleId);
  }

  /** Returns whether {@code ruleId} reads {@code input}; an unlisted rule reads everything. */
  static boolean reads(String ruleId, String input) {
    return !INPUTS.containsKey(ruleId) || INPUTS.containsEntry(ruleId, input);
  }

  /** Returns whether {@code ruleId} judges the entries of list member {@code input} one by one. */
  static boolean perEntry(String ruleId, String input) {
    return PER_ENTRY.containsEntry(ruleId, input);
  }

  private static String[] words(String names) {
    return names.split(" ");
  }
}
