package io.github.poolclient.model;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code UserPoolClientType}: the app client record Cognito returns from {@code
 * CreateUserPoolClient}.
 *
 * <p>Members that Cognito always returns are plain values; members it returns only when they were
 * set are {@code Optional}, and lists it omits when unset are empty here (catalogue RESP-02,
 * RESP-03). Enum-valued members hold the wire strings, with typed views next to them. The {@code
 * ClientSecret} never appears in {@link #toString()}: it prints {@code clientSecret=****} when the
 * client has a secret, and nothing when it has none.
 *
 * <pre>{@code
 * UserPoolClient client = factory.create(request, pool).userPoolClient();
 * client.clientId();                // 26 characters of [0-9a-v]
 * client.explicitAuthFlows();       // typed; client.explicitAuthFlowsAsStrings() as on the wire
 * client.clientSecret().isPresent(); // whether the client has a secret
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractUserPoolClient {
  AbstractUserPoolClient() {}

  /** Returns {@code UserPoolId}. */
  public abstract String userPoolId();

  /** Returns {@code ClientName}. */
  public abstract String clientName();

  /** Returns {@code ClientId}: 26 characters of {@code [0-9a-v]} (catalogue ID-01). */
  public abstract String clientId();

  /** Returns {@code ClientSecret}, when the client has one (redacted from every printout). */
  @Value.Redacted
  public abstract Optional<String> clientSecret();

  /** Returns {@code LastModifiedDate}. */
  public abstract Instant lastModifiedDate();

  /** Returns {@code CreationDate}. */
  public abstract Instant creationDate();

  /** Returns {@code RefreshTokenValidity}. */
  public abstract int refreshTokenValidity();

  /** Returns {@code AccessTokenValidity}, when it was set. */
  public abstract Optional<Integer> accessTokenValidity();

  /** Returns {@code IdTokenValidity}, when it was set. */
  public abstract Optional<Integer> idTokenValidity();

  /** Returns {@code TokenValidityUnits}; empty members stay empty (the wire shows {@code {}}). */
  public abstract TokenValidityUnits tokenValidityUnits();

  /** Returns {@code ReadAttributes} (empty when not set). */
  public abstract ImmutableList<String> readAttributes();

  /** Returns {@code WriteAttributes} (empty when not set). */
  public abstract ImmutableList<String> writeAttributes();

  /** Returns {@code ExplicitAuthFlows} as wire strings (empty when not set). */
  public abstract ImmutableList<String> explicitAuthFlowsAsStrings();

  /** Returns {@code SupportedIdentityProviders} (empty when not set). */
  public abstract ImmutableList<String> supportedIdentityProviders();

  /** Returns {@code CallbackURLs} (empty when not set). */
  public abstract ImmutableList<String> callbackURLs();

  /** Returns {@code LogoutURLs} (empty when not set). */
  public abstract ImmutableList<String> logoutURLs();

  /** Returns {@code DefaultRedirectURI}, when it was set. */
  public abstract Optional<String> defaultRedirectURI();

  /** Returns {@code AllowedOAuthFlows} as wire strings (empty when not set). */
  public abstract ImmutableList<String> allowedOAuthFlowsAsStrings();

  /** Returns {@code AllowedOAuthScopes} (empty when not set). */
  public abstract ImmutableList<String> allowedOAuthScopes();

  /** Returns {@code AllowedOAuthFlowsUserPoolClient}. */
  public abstract boolean allowedOAuthFlowsUserPoolClient();

  /** Returns {@code AnalyticsConfiguration}, when it was set. */
  public abstract Optional<AnalyticsConfiguration> analyticsConfiguration();

  /** Returns {@code PreventUserExistenceErrors} as a wire string, when it was set. */
  public abstract Optional<String> preventUserExistenceErrorsAsString();

  /** Returns {@code EnableTokenRevocation}. */
  public abstract boolean enableTokenRevocation();

  /** Returns {@code EnablePropagateAdditionalUserContextData}. */
  public abstract boolean enablePropagateAdditionalUserContextData();

  /** Returns {@code AuthSessionValidity}, in minutes. */
  public abstract int authSessionValidity();

  /** Returns {@code RefreshTokenRotation}. */
  public abstract RefreshTokenRotation refreshTokenRotation();

  /** Returns the typed {@code ExplicitAuthFlows}. */
  public final ImmutableList<ExplicitAuthFlowsType> explicitAuthFlows() {
    ImmutableList.Builder<ExplicitAuthFlowsType> flows = ImmutableList.builder();
    for (String flow : explicitAuthFlowsAsStrings()) {
      flows.add(ExplicitAuthFlowsType.fromValue(flow));
    }
    return flows.build();
  }

  /** Returns the typed {@code AllowedOAuthFlows}. */
  public final ImmutableList<OAuthFlowType> allowedOAuthFlows() {
    ImmutableList.Builder<OAuthFlowType> flows = ImmutableList.builder();
    for (String flow : allowedOAuthFlowsAsStrings()) {
      flows.add(OAuthFlowType.fromValue(flow));
    }
    return flows.build();
  }

  /** Returns the typed {@code PreventUserExistenceErrors}. */
  public final Optional<PreventUserExistenceErrorTypes> preventUserExistenceErrors() {
    return preventUserExistenceErrorsAsString().map(PreventUserExistenceErrorTypes::fromValue);
  }
}
