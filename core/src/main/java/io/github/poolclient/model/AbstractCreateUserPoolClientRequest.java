package io.github.poolclient.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds a {@code CreateUserPoolClient} request exactly as the caller sent it.
 *
 * <p>Every member of the service model is here, and every one is optional: a request may hold
 * invalid values (a 300-character name, an unknown auth flow, a negative validity) so that the rule
 * chain can report them the way Cognito does. Lists are {@code Optional<ImmutableList>} because an
 * absent list and an empty one are different requests. Enum-valued members keep the raw strings
 * ({@code ...AsStrings()}); the typed views map unknown strings to {@code UNKNOWN_TO_SDK_VERSION}.
 * The {@code ClientSecret} never appears in {@link #toString()}.
 */
@Value.Immutable
public abstract class AbstractCreateUserPoolClientRequest {
  AbstractCreateUserPoolClientRequest() {}

  /** Returns {@code UserPoolId}: the pool to create the client in (required by the model). */
  public abstract Optional<String> userPoolId();

  /** Returns {@code ClientName} (required by the model). */
  public abstract Optional<String> clientName();

  /** Returns {@code GenerateSecret}: whether Cognito generates a client secret. */
  public abstract Optional<Boolean> generateSecret();

  /** Returns {@code ClientSecret}: a caller-chosen secret (redacted from every printout). */
  @Value.Redacted
  public abstract Optional<String> clientSecret();

  /** Returns {@code RefreshTokenValidity}, in {@code TokenValidityUnits.RefreshToken} units. */
  public abstract Optional<Integer> refreshTokenValidity();

  /** Returns {@code AccessTokenValidity}, in {@code TokenValidityUnits.AccessToken} units. */
  public abstract Optional<Integer> accessTokenValidity();

  /** Returns {@code IdTokenValidity}, in {@code TokenValidityUnits.IdToken} units. */
  public abstract Optional<Integer> idTokenValidity();

  /** Returns {@code TokenValidityUnits}. */
  public abstract Optional<TokenValidityUnits> tokenValidityUnits();

  /** Returns {@code ReadAttributes}. */
  public abstract Optional<ImmutableList<String>> readAttributes();

  /** Returns {@code WriteAttributes}. */
  public abstract Optional<ImmutableList<String>> writeAttributes();

  /** Returns {@code ExplicitAuthFlows} as sent. */
  public abstract Optional<ImmutableList<String>> explicitAuthFlowsAsStrings();

  /** Returns {@code SupportedIdentityProviders}. */
  public abstract Optional<ImmutableList<String>> supportedIdentityProviders();

  /** Returns {@code CallbackURLs}. */
  public abstract Optional<ImmutableList<String>> callbackURLs();

  /** Returns {@code LogoutURLs}. */
  public abstract Optional<ImmutableList<String>> logoutURLs();

  /** Returns {@code DefaultRedirectURI}. */
  public abstract Optional<String> defaultRedirectURI();

  /** Returns {@code AllowedOAuthFlows} as sent. */
  public abstract Optional<ImmutableList<String>> allowedOAuthFlowsAsStrings();

  /** Returns {@code AllowedOAuthScopes}. */
  public abstract Optional<ImmutableList<String>> allowedOAuthScopes();

  /** Returns {@code AllowedOAuthFlowsUserPoolClient}. */
  public abstract Optional<Boolean> allowedOAuthFlowsUserPoolClient();

  /** Returns {@code AnalyticsConfiguration}. */
  public abstract Optional<AnalyticsConfiguration> analyticsConfiguration();

  /** Returns {@code PreventUserExistenceErrors} as sent. */
  public abstract Optional<String> preventUserExistenceErrorsAsString();

  /** Returns {@code EnableTokenRevocation}. */
  public abstract Optional<Boolean> enableTokenRevocation();

  /** Returns {@code EnablePropagateAdditionalUserContextData}. */
  public abstract Optional<Boolean> enablePropagateAdditionalUserContextData();

  /** Returns {@code AuthSessionValidity}, in minutes. */
  public abstract Optional<Integer> authSessionValidity();

  /** Returns {@code RefreshTokenRotation}. */
  public abstract Optional<RefreshTokenRotation> refreshTokenRotation();

  /** Returns the typed {@code ExplicitAuthFlows} (empty when absent), in request order. */
  public final ImmutableList<ExplicitAuthFlowsType> explicitAuthFlows() {
    return explicitAuthFlowsAsStrings().orElse(ImmutableList.of()).stream()
        .map(ExplicitAuthFlowsType::fromValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the typed {@code AllowedOAuthFlows} (empty when absent), in request order. */
  public final ImmutableList<OAuthFlowType> allowedOAuthFlows() {
    return allowedOAuthFlowsAsStrings().orElse(ImmutableList.of()).stream()
        .map(OAuthFlowType::fromValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the typed {@code PreventUserExistenceErrors}. */
  public final Optional<PreventUserExistenceErrorTypes> preventUserExistenceErrors() {
    return preventUserExistenceErrorsAsString().map(PreventUserExistenceErrorTypes::fromValue);
  }

  /** Returns a builder initialised with this request's members. */
  public final CreateUserPoolClientRequest.Builder toBuilder() {
    return CreateUserPoolClientRequest.builder().from(this);
  }
}
