package io.github.poolclient.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Reads the app-client settings that {@code CreateUserPoolClient} and {@code UpdateUserPoolClient}
 * share, exactly as sent.
 *
 * <p>Both requests implement it, so the rule chain, the defaults resolver and the advisories judge
 * either operation through one view. Every member is optional and may hold an invalid value; an
 * absent list is distinct from an empty one. Enum-valued members keep the raw strings; the typed
 * views map unknown strings to {@code UNKNOWN_TO_SDK_VERSION}.
 */
public interface UserPoolClientSettings {

  /** Returns {@code UserPoolId}: the pool of the client (required by the model). */
  Optional<String> userPoolId();

  /** Returns {@code ClientName} (required on Create, optional on Update). */
  Optional<String> clientName();

  /** Returns {@code RefreshTokenValidity}, in {@code TokenValidityUnits.RefreshToken} units. */
  Optional<Integer> refreshTokenValidity();

  /** Returns {@code AccessTokenValidity}, in {@code TokenValidityUnits.AccessToken} units. */
  Optional<Integer> accessTokenValidity();

  /** Returns {@code IdTokenValidity}, in {@code TokenValidityUnits.IdToken} units. */
  Optional<Integer> idTokenValidity();

  /** Returns {@code TokenValidityUnits}. */
  Optional<TokenValidityUnits> tokenValidityUnits();

  /** Returns {@code ReadAttributes}. */
  Optional<ImmutableList<String>> readAttributes();

  /** Returns {@code WriteAttributes}. */
  Optional<ImmutableList<String>> writeAttributes();

  /** Returns {@code ExplicitAuthFlows} as sent. */
  Optional<ImmutableList<String>> explicitAuthFlowsAsStrings();

  /** Returns {@code SupportedIdentityProviders}. */
  Optional<ImmutableList<String>> supportedIdentityProviders();

  /** Returns {@code CallbackURLs}. */
  Optional<ImmutableList<String>> callbackURLs();

  /** Returns {@code LogoutURLs}. */
  Optional<ImmutableList<String>> logoutURLs();

  /** Returns {@code DefaultRedirectURI}. */
  Optional<String> defaultRedirectURI();

  /** Returns {@code AllowedOAuthFlows} as sent. */
  Optional<ImmutableList<String>> allowedOAuthFlowsAsStrings();

  /** Returns {@code AllowedOAuthScopes}. */
  Optional<ImmutableList<String>> allowedOAuthScopes();

  /** Returns {@code AllowedOAuthFlowsUserPoolClient}. */
  Optional<Boolean> allowedOAuthFlowsUserPoolClient();

  /** Returns {@code AnalyticsConfiguration}. */
  Optional<AnalyticsConfiguration> analyticsConfiguration();

  /** Returns {@code PreventUserExistenceErrors} as sent. */
  Optional<String> preventUserExistenceErrorsAsString();

  /** Returns {@code EnableTokenRevocation}. */
  Optional<Boolean> enableTokenRevocation();

  /** Returns {@code EnablePropagateAdditionalUserContextData}. */
  Optional<Boolean> enablePropagateAdditionalUserContextData();

  /** Returns {@code AuthSessionValidity}, in minutes. */
  Optional<Integer> authSessionValidity();

  /** Returns {@code RefreshTokenRotation}. */
  Optional<RefreshTokenRotation> refreshTokenRotation();

  /** Returns the typed {@code ExplicitAuthFlows} (empty when absent), in request order. */
  default ImmutableList<ExplicitAuthFlowsType> explicitAuthFlows() {
    return explicitAuthFlowsAsStrings().orElse(ImmutableList.of()).stream()
        .map(ExplicitAuthFlowsType::fromValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the typed {@code AllowedOAuthFlows} (empty when absent), in request order. */
  default ImmutableList<OAuthFlowType> allowedOAuthFlows() {
    return allowedOAuthFlowsAsStrings().orElse(ImmutableList.of()).stream()
        .map(OAuthFlowType::fromValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the typed {@code PreventUserExistenceErrors}. */
  default Optional<PreventUserExistenceErrorTypes> preventUserExistenceErrors() {
    return preventUserExistenceErrorsAsString().map(PreventUserExistenceErrorTypes::fromValue);
  }
}
