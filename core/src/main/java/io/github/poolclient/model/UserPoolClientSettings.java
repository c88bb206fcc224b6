package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

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
    ImmutableList.Builder<ExplicitAuthFlowsType> flows = ImmutableList.builder();
    for (String flow : explicitAuthFlowsAsStrings().orElse(ImmutableList.of())) {
      flows.add(ExplicitAuthFlowsType.fromValue(flow));
    }
    return flows.build();
  }

  /** Returns the typed {@code AllowedOAuthFlows} (empty when absent), in request order. */
  default ImmutableList<OAuthFlowType> allowedOAuthFlows() {
    ImmutableList.Builder<OAuthFlowType> flows = ImmutableList.builder();
    for (String flow : allowedOAuthFlowsAsStrings().orElse(ImmutableList.of())) {
      flows.add(OAuthFlowType.fromValue(flow));
    }
    return flows.build();
  }

  /** Returns the typed {@code PreventUserExistenceErrors}. */
  default Optional<PreventUserExistenceErrorTypes> preventUserExistenceErrors() {
    return preventUserExistenceErrorsAsString().map(PreventUserExistenceErrorTypes::fromValue);
  }

  /**
   * Builds either request ({@code B} is {@link CreateUserPoolClientRequest.Builder} or {@link
   * UpdateUserPoolClientRequest.Builder}) in the AWS SDK for Java v2 style: string lists take a
   * {@code Collection} or varargs, enum lists take the enum type or, with {@code ...WithStrings},
   * raw strings (which may be unknown to poolclient), single enums take the enum type or a raw
   * string, and structures take a value or a {@code Consumer} of their builder.
   *
   * <p>Every setter stores the value as sent; nothing is validated here, so that the rules can
   * report a bad value as Cognito does. A list set to an empty collection is present and empty,
   * which is not the same request as a list never set.
   *
   * <pre>{@code
   * CreateUserPoolClientRequest request = CreateUserPoolClientRequest.builder()
   *     .userPoolId("us-east-1_Example01")
   *     .clientName("spa")
   *     .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
   *         ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
   *     .allowedOAuthFlows(OAuthFlowType.CODE)
   *     .callbackURLs(List.of("https://app.example.com/cb"))
   *     .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES))
   *     .build();
   * }</pre>
   *
   * <p>The shared members are declared once, here, for both operations; each request's builder adds
   * only its own members ({@code GenerateSecret} and {@code ClientSecret} for Create, {@code
   * ClientId} for Update).
   *
   * @param <B> the concrete builder, returned by every setter for chaining
   */
  interface Builder<B extends Builder<B>> {

    /** Sets every member from {@code settings}, replacing what was set before. */
    B from(UserPoolClientSettings settings);

    /** Sets {@code UserPoolId}. */
    B userPoolId(String userPoolId);

    /** Sets {@code ClientName}. */
    B clientName(String clientName);

    /** Sets {@code RefreshTokenValidity}, in {@code TokenValidityUnits.RefreshToken} units. */
    B refreshTokenValidity(int refreshTokenValidity);

    /** Sets {@code AccessTokenValidity}, in {@code TokenValidityUnits.AccessToken} units. */
    B accessTokenValidity(int accessTokenValidity);

    /** Sets {@code IdTokenValidity}, in {@code TokenValidityUnits.IdToken} units. */
    B idTokenValidity(int idTokenValidity);

    /** Sets {@code TokenValidityUnits}. */
    B tokenValidityUnits(TokenValidityUnits tokenValidityUnits);

    /**
     * Sets {@code TokenValidityUnits} to what {@code units} builds, starting from an empty builder.
     */
    default B tokenValidityUnits(Consumer<TokenValidityUnits.Builder> units) {
      TokenValidityUnits.Builder builder = TokenValidityUnits.builder();
      checkNotNull(units, "units").accept(builder);
      return tokenValidityUnits(builder.build());
    }

    /** Sets {@code ReadAttributes}. */
    B readAttributes(ImmutableList<String> readAttributes);

    /** Sets {@code ReadAttributes} to a copy of {@code readAttributes}, in its iteration order. */
    default B readAttributes(Collection<String> readAttributes) {
      return readAttributes(ImmutableList.copyOf(readAttributes));
    }

    /** Sets {@code ReadAttributes} to these values, in order. */
    default B readAttributes(String... readAttributes) {
      return readAttributes(ImmutableList.copyOf(readAttributes));
    }

    /** Sets {@code WriteAttributes}. */
    B writeAttributes(ImmutableList<String> writeAttributes);

    /**
     * Sets {@code WriteAttributes} to a copy of {@code writeAttributes}, in its iteration order.
     */
    default B writeAttributes(Collection<String> writeAttributes) {
      return writeAttributes(ImmutableList.copyOf(writeAttributes));
    }

    /** Sets {@code WriteAttributes} to these values, in order. */
    default B writeAttributes(String... writeAttributes) {
      return writeAttributes(ImmutableList.copyOf(writeAttributes));
    }

    /** Sets {@code SupportedIdentityProviders}. */
    B supportedIdentityProviders(ImmutableList<String> supportedIdentityProviders);

    /**
     * Sets {@code SupportedIdentityProviders} to a copy of {@code supportedIdentityProviders}, in
     * its iteration order.
     */
    default B supportedIdentityProviders(Collection<String> supportedIdentityProviders) {
      return supportedIdentityProviders(ImmutableList.copyOf(supportedIdentityProviders));
    }

    /** Sets {@code SupportedIdentityProviders} to these values, in order. */
    default B supportedIdentityProviders(String... supportedIdentityProviders) {
      return supportedIdentityProviders(ImmutableList.copyOf(supportedIdentityProviders));
    }

    /** Sets {@code CallbackURLs}. */
    B callbackURLs(ImmutableList<String> callbackURLs);

    /** Sets {@code CallbackURLs} to a copy of {@code callbackURLs}, in its iteration order. */
    default B callbackURLs(Collection<String> callbackURLs) {
      return callbackURLs(ImmutableList.copyOf(callbackURLs));
    }

    /** Sets {@code CallbackURLs} to these values, in order. */
    default B callbackURLs(String... callbackURLs) {
      return callbackURLs(ImmutableList.copyOf(callbackURLs));
    }

    /** Sets {@code LogoutURLs}. */
    B logoutURLs(ImmutableList<String> logoutURLs);

    /** Sets {@code LogoutURLs} to a copy of {@code logoutURLs}, in its iteration order. */
    default B logoutURLs(Collection<String> logoutURLs) {
      return logoutURLs(ImmutableList.copyOf(logoutURLs));
    }

    /** Sets {@code LogoutURLs} to these values, in order. */
    default B logoutURLs(String... logoutURLs) {
      return logoutURLs(ImmutableList.copyOf(logoutURLs));
    }

    /** Sets {@code AllowedOAuthScopes}. */
    B allowedOAuthScopes(ImmutableList<String> allowedOAuthScopes);

    /**
     * Sets {@code AllowedOAuthScopes} to a copy of {@code allowedOAuthScopes}, in its iteration
     * order.
     */
    default B allowedOAuthScopes(Collection<String> allowedOAuthScopes) {
      return allowedOAuthScopes(ImmutableList.copyOf(allowedOAuthScopes));
    }

    /** Sets {@code AllowedOAuthScopes} to these values, in order. */
    default B allowedOAuthScopes(String... allowedOAuthScopes) {
      return allowedOAuthScopes(ImmutableList.copyOf(allowedOAuthScopes));
    }

    /**
     * Sets {@code ExplicitAuthFlows} as raw wire strings (the {@code ...WithStrings} setters call
     * it).
     */
    B explicitAuthFlowsAsStrings(ImmutableList<String> explicitAuthFlows);

    /**
     * Sets {@code ExplicitAuthFlows} to these raw wire strings, which may be unknown to poolclient.
     */
    default B explicitAuthFlowsWithStrings(Collection<String> explicitAuthFlows) {
      return explicitAuthFlowsAsStrings(ImmutableList.copyOf(explicitAuthFlows));
    }

    /**
     * Sets {@code ExplicitAuthFlows} to these raw wire strings, which may be unknown to poolclient.
     */
    default B explicitAuthFlowsWithStrings(String... explicitAuthFlows) {
      return explicitAuthFlowsAsStrings(ImmutableList.copyOf(explicitAuthFlows));
    }

    /** Sets {@code ExplicitAuthFlows} to the wire values of these constants, in order. */
    default B explicitAuthFlows(Collection<ExplicitAuthFlowsType> explicitAuthFlows) {
      return explicitAuthFlowsAsStrings(Enums.wireValues(explicitAuthFlows));
    }

    /** Sets {@code ExplicitAuthFlows} to the wire values of these constants, in order. */
    default B explicitAuthFlows(ExplicitAuthFlowsType... explicitAuthFlows) {
      return explicitAuthFlowsAsStrings(Enums.wireValues(Arrays.asList(explicitAuthFlows)));
    }

    /**
     * Sets {@code AllowedOAuthFlows} as raw wire strings (the {@code ...WithStrings} setters call
     * it).
     */
    B allowedOAuthFlowsAsStrings(ImmutableList<String> allowedOAuthFlows);

    /**
     * Sets {@code AllowedOAuthFlows} to these raw wire strings, which may be unknown to poolclient.
     */
    default B allowedOAuthFlowsWithStrings(Collection<String> allowedOAuthFlows) {
      return allowedOAuthFlowsAsStrings(ImmutableList.copyOf(allowedOAuthFlows));
    }

    /**
     * Sets {@code AllowedOAuthFlows} to these raw wire strings, which may be unknown to poolclient.
     */
    default B allowedOAuthFlowsWithStrings(String... allowedOAuthFlows) {
      return allowedOAuthFlowsAsStrings(ImmutableList.copyOf(allowedOAuthFlows));
    }

    /** Sets {@code AllowedOAuthFlows} to the wire values of these constants, in order. */
    default B allowedOAuthFlows(Collection<OAuthFlowType> allowedOAuthFlows) {
      return allowedOAuthFlowsAsStrings(Enums.wireValues(allowedOAuthFlows));
    }

    /** Sets {@code AllowedOAuthFlows} to the wire values of these constants, in order. */
    default B allowedOAuthFlows(OAuthFlowType... allowedOAuthFlows) {
      return allowedOAuthFlowsAsStrings(Enums.wireValues(Arrays.asList(allowedOAuthFlows)));
    }

    /** Sets {@code DefaultRedirectURI}. */
    B defaultRedirectURI(String defaultRedirectURI);

    /** Sets {@code AllowedOAuthFlowsUserPoolClient}. */
    B allowedOAuthFlowsUserPoolClient(boolean allowedOAuthFlowsUserPoolClient);

    /** Sets {@code AnalyticsConfiguration}. */
    B analyticsConfiguration(AnalyticsConfiguration analyticsConfiguration);

    /**
     * Sets {@code AnalyticsConfiguration} to what {@code analytics} builds, starting from an empty
     * builder.
     */
    default B analyticsConfiguration(Consumer<AnalyticsConfiguration.Builder> analytics) {
      AnalyticsConfiguration.Builder builder = AnalyticsConfiguration.builder();
      checkNotNull(analytics, "analytics").accept(builder);
      return analyticsConfiguration(builder.build());
    }

    /** Sets {@code PreventUserExistenceErrors} as a raw wire string. */
    B preventUserExistenceErrorsAsString(String preventUserExistenceErrors);

    /** Sets {@code PreventUserExistenceErrors} to the wire value of this constant. */
    default B preventUserExistenceErrors(
        PreventUserExistenceErrorTypes preventUserExistenceErrors) {
      return preventUserExistenceErrorsAsString(
          checkNotNull(preventUserExistenceErrors, "preventUserExistenceErrors").toString());
    }

    /** Sets {@code PreventUserExistenceErrors} as a raw wire string (e.g. {@code "ENABLED"}). */
    default B preventUserExistenceErrors(String preventUserExistenceErrors) {
      return preventUserExistenceErrorsAsString(preventUserExistenceErrors);
    }

    /** Sets {@code EnableTokenRevocation}. */
    B enableTokenRevocation(boolean enableTokenRevocation);

    /** Sets {@code EnablePropagateAdditionalUserContextData}. */
    B enablePropagateAdditionalUserContextData(boolean enablePropagateAdditionalUserContextData);

    /** Sets {@code AuthSessionValidity}, in minutes. */
    B authSessionValidity(int authSessionValidity);

    /** Sets {@code RefreshTokenRotation}. */
    B refreshTokenRotation(RefreshTokenRotation refreshTokenRotation);

    /**
     * Sets {@code RefreshTokenRotation} to what {@code rotation} builds, starting from an empty
     * builder.
     */
    default B refreshTokenRotation(Consumer<RefreshTokenRotation.Builder> rotation) {
      RefreshTokenRotation.Builder builder = RefreshTokenRotation.builder();
      checkNotNull(rotation, "rotation").accept(builder);
      return refreshTokenRotation(builder.build());
    }
  }
}
