package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableSetMultimap;

/**
 * Lists what each request advisory (ADV-01..ADV-11) reads: the request members (wire names) and the
 * facts of the pool. An advisory that reads a value known only at deploy time is not emitted: the
 * value is left out of the request, and leaving it out could have made the advisory fire (an absent
 * {@code PreventUserExistenceErrors} is LEGACY) or raised its severity (an absent secret makes the
 * client public).
 *
 * <p>Two exceptions, both safe: an advisory about one known list entry ({@code callbackURLs[0]})
 * holds whatever the unknown entries of a list it judges entry by entry are ({@link #perEntry});
 * and ADV-03 does not read the redirect URLs, because a URL left out can only keep it from being
 * raised to high, never make it fire. The list is read off the advisories' code; an advisory id
 * missing here is treated as reading everything.
 */
final class AdvisoryInputs {
  private AdvisoryInputs() {}

  /** The pool's {@code UserPoolAddOns.AdvancedSecurityMode} (ADV-11 only; no rule reads it). */
  static final String POOL_ADVANCED_SECURITY = "pool.advancedSecurityMode";

  private static final String SECRET = "GenerateSecret ClientSecret";
  private static final String SIGN_IN = "AllowedOAuthFlows ExplicitAuthFlows";

  private static final ImmutableSetMultimap<String, String> INPUTS =
      ImmutableSetMultimap.<String, String>builder()
          .putAll("ADV-01", words("PreventUserExistenceErrors " + SIGN_IN))
          .putAll("ADV-02", "EnableTokenRevocation")
          .putAll("ADV-03", "AllowedOAuthFlows")
          .putAll("ADV-04", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI")
          .putAll("ADV-05", words("ExplicitAuthFlows " + SECRET))
          .putAll("ADV-06", words("AllowedOAuthFlows " + SECRET))
          .putAll(
              "ADV-07",
              words(SECRET + " " + SIGN_IN + " RefreshTokenRotation " + RuleInputs.POOL_TIER))
          .putAll(
              "ADV-08",
              words(
                  "RefreshTokenValidity AccessTokenValidity IdTokenValidity TokenValidityUnits "
                      + SECRET))
          .putAll("ADV-09", words(SIGN_IN + " WriteAttributes AllowedOAuthScopes"))
          .putAll("ADV-10", "SupportedIdentityProviders", "ExplicitAuthFlows")
          .putAll(
              "ADV-11",
              words(
                  SECRET
                      + " "
                      + SIGN_IN
                      + " EnablePropagateAdditionalUserContextData "
                      + POOL_ADVANCED_SECURITY))
          .build();

  /**
   * The lists whose entries an advisory judges one by one: an advisory about a known entry stays
   * true next to unknown entries.
   */
  private static final ImmutableSetMultimap<String, String> PER_ENTRY =
      ImmutableSetMultimap.<String, String>builder()
          .putAll("ADV-03", "AllowedOAuthFlows")
          .putAll("ADV-04", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI")
          .putAll("ADV-05", "ExplicitAuthFlows")
          .putAll("ADV-06", "AllowedOAuthFlows")
          .putAll("ADV-09", "WriteAttributes", "AllowedOAuthScopes")
          .build();

  /** Returns whether the advisory {@code id} lists its inputs here. */
  static boolean known(String id) {
    return INPUTS.containsKey(id);
  }

  /** Returns whether advisory {@code id} reads {@code input}; an unlisted advisory reads all. */
  static boolean reads(String id, String input) {
    return !INPUTS.containsKey(id) || INPUTS.containsEntry(id, input);
  }

  /** Returns whether advisory {@code id} judges the entries of list {@code input} one by one. */
  static boolean perEntry(String id, String input) {
    return PER_ENTRY.containsEntry(id, input);
  }

  private static String[] words(String names) {
    return names.split(" ");
  }
}
