package io.github.poolclient.wire;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.poolclient.wire.WireKind.BOOLEAN;
import static io.github.poolclient.wire.WireKind.INTEGER;
import static io.github.poolclient.wire.WireKind.STRING;
import static io.github.poolclient.wire.WireKind.STRING_LIST;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between poolclient's values and the AWS JSON 1.1 wire shape as plain Java values.
 *
 * <p>JSON values are what any JSON library hands over: {@code Map} for objects, {@code List} for
 * arrays, {@code String}, {@code Number}, {@code Boolean}, and {@code null}. Decoding is step 1 of
 * catalogue 12.1: a member of the wrong JSON kind is a {@code SerializationException} with the
 * message {@code Unexpected value type for member '<WireName>': expected
 * <integer|boolean|string|list|structure>} (ours), naming the first offending member in M-table
 * order; unknown members are ignored (M-25).
 */
public final class WireFormat {
  private static final WireStructure<TokenValidityUnits.Builder, TokenValidityUnits>
      TOKEN_VALIDITY_UNITS =
          WireStructure.table(TokenValidityUnits::builder, TokenValidityUnits.Builder::build)
              .member(
                  "AccessToken",
                  STRING,
                  TokenValidityUnits.Builder::accessTokenAsString,
                  TokenValidityUnits::accessTokenAsString)
              .member(
                  "IdToken",
                  STRING,
                  TokenValidityUnits.Builder::idTokenAsString,
                  TokenValidityUnits::idTokenAsString)
              .member(
                  "RefreshToken",
                  STRING,
                  TokenValidityUnits.Builder::refreshTokenAsString,
                  TokenValidityUnits::refreshTokenAsString)
              .build();

  private static final WireStructure<AnalyticsConfiguration.Builder, AnalyticsConfiguration>
      ANALYTICS_CONFIGURATION =
          WireStructure.table(
                  AnalyticsConfiguration::builder, AnalyticsConfiguration.Builder::build)
              .member(
                  "ApplicationId",
                  STRING,
                  AnalyticsConfiguration.Builder::applicationId,
                  AnalyticsConfiguration::applicationId)
              .member(
                  "ApplicationArn",
                  STRING,
                  AnalyticsConfiguration.Builder::applicationArn,
                  AnalyticsConfiguration::applicationArn)
              .member(
                  "RoleArn",
                  STRING,
                  AnalyticsConfiguration.Builder::roleArn,
                  AnalyticsConfiguration::roleArn)
              .member(
                  "ExternalId",
                  STRING,
                  AnalyticsConfiguration.Builder::externalId,
                  AnalyticsConfiguration::externalId)
              .member(
                  "UserDataShared",
                  BOOLEAN,
                  AnalyticsConfiguration.Builder::userDataShared,
                  AnalyticsConfiguration::userDataShared)
              .build();

  private static final WireStructure<RefreshTokenRotation.Builder, RefreshTokenRotation>
      REFRESH_TOKEN_ROTATION =
          WireStructure.table(RefreshTokenRotation::builder, RefreshTokenRotation.Builder::build)
              .member(
                  "Feature",
                  STRING,
                  RefreshTokenRotation.Builder::featureAsString,
                  RefreshTokenRotation::featureAsString)
              .member(
                  "RetryGracePeriodSeconds",
                  INTEGER,
                  RefreshTokenRotation.Builder::retryGracePeriodSeconds,
                  RefreshTokenRotation::retryGracePeriodSeconds)
              .build();

  /**
   * The request's members in M-table order (catalogue 1.2 and 12.4), which is also the order in
   * which wire errors are reported and members are written.
   */
  private static final WireStructure<
          CreateUserPoolClientRequest.Builder, CreateUserPoolClientRequest>
      REQUEST =
          WireStructure.table(
                  CreateUserPoolClientRequest::builder, CreateUserPoolClientRequest.Builder::build)
              .member(
                  "UserPoolId",
                  STRING,
                  CreateUserPoolClientRequest.Builder::userPoolId,
                  CreateUserPoolClientRequest::userPoolId)
              .member(
                  "ClientName",
                  STRING,
                  CreateUserPoolClientRequest.Builder::clientName,
                  CreateUserPoolClientRequest::clientName)
              .member(
                  "ClientSecret",
                  STRING,
                  CreateUserPoolClientRequest.Builder::clientSecret,
                  CreateUserPoolClientRequest::clientSecret)
              .member(
                  "GenerateSecret",
                  BOOLEAN,
                  CreateUserPoolClientRequest.Builder::generateSecret,
                  CreateUserPoolClientRequest::generateSecret)
              .member(
                  "RefreshTokenValidity",
                  INTEGER,
                  CreateUserPoolClientRequest.Builder::refreshTokenValidity,
                  CreateUserPoolClientRequest::refreshTokenValidity)
              .member(
                  "AccessTokenValidity",
                  INTEGER,
                  CreateUserPoolClientRequest.Builder::accessTokenValidity,
                  CreateUserPoolClientRequest::accessTokenValidity)
              .member(
                  "IdTokenValidity",
                  INTEGER,
                  CreateUserPoolClientRequest.Builder::idTokenValidity,
                  CreateUserPoolClientRequest::idTokenValidity)
              .structure(
                  "TokenValidityUnits",
                  TOKEN_VALIDITY_UNITS,
                  CreateUserPoolClientRequest.Builder::tokenValidityUnits,
                  CreateUserPoolClientRequest::tokenValidityUnits)
              .member(
                  "ReadAttributes",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::readAttributes,
                  CreateUserPoolClientRequest::readAttributes)
              .member(
                  "WriteAttributes",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::writeAttributes,
                  CreateUserPoolClientRequest::writeAttributes)
              .member(
                  "ExplicitAuthFlows",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::explicitAuthFlowsAsStrings,
                  CreateUserPoolClientRequest::explicitAuthFlowsAsStrings)
              .member(
                  "SupportedIdentityProviders",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::supportedIdentityProviders,
                  CreateUserPoolClientRequest::supportedIdentityProviders)
              .member(
                  "CallbackURLs",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::callbackURLs,
                  CreateUserPoolClientRequest::callbackURLs)
              .member(
                  "LogoutURLs",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::logoutURLs,
                  CreateUserPoolClientRequest::logoutURLs)
              .member(
                  "DefaultRedirectURI",
                  STRING,
                  CreateUserPoolClientRequest.Builder::defaultRedirectURI,
                  CreateUserPoolClientRequest::defaultRedirectURI)
              .member(
                  "AllowedOAuthFlows",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::allowedOAuthFlowsAsStrings,
                  CreateUserPoolClientRequest::allowedOAuthFlowsAsStrings)
              .member(
                  "AllowedOAuthScopes",
                  STRING_LIST,
                  CreateUserPoolClientRequest.Builder::allowedOAuthScopes,
                  CreateUserPoolClientRequest::allowedOAuthScopes)
              .member(
                  "AllowedOAuthFlowsUserPoolClient",
                  BOOLEAN,
                  CreateUserPoolClientRequest.Builder::allowedOAuthFlowsUserPoolClient,
                  CreateUserPoolClientRequest::allowedOAuthFlowsUserPoolClient)
              .member(
                  "EnableTokenRevocation",
                  BOOLEAN,
                  CreateUserPoolClientRequest.Builder::enableTokenRevocation,
                  CreateUserPoolClientRequest::enableTokenRevocation)
              .member(
                  "EnablePropagateAdditionalUserContextData",
                  BOOLEAN,
                  CreateUserPoolClientRequest.Builder::enablePropagateAdditionalUserContextData,
                  CreateUserPoolClientRequest::enablePropagateAdditionalUserContextData)
              .structure(
                  "AnalyticsConfiguration",
                  ANALYTICS_CONFIGURATION,
                  CreateUserPoolClientRequest.Builder::analyticsConfiguration,
                  CreateUserPoolClientRequest::analyticsConfiguration)
              .member(
                  "PreventUserExistenceErrors",
                  STRING,
                  CreateUserPoolClientRequest.Builder::preventUserExistenceErrorsAsString,
                  CreateUserPoolClientRequest::preventUserExistenceErrorsAsString)
              .member(
                  "AuthSessionValidity",
                  INTEGER,
                  CreateUserPoolClientRequest.Builder::authSessionValidity,
                  CreateUserPoolClientRequest::authSessionValidity)
              .structure(
                  "RefreshTokenRotation",
                  REFRESH_TOKEN_ROTATION,
                  CreateUserPoolClientRequest.Builder::refreshTokenRotation,
                  CreateUserPoolClientRequest::refreshTokenRotation)
              .build();

  private WireFormat() {}

  /**
   * Reads a {@code CreateUserPoolClient} request body, given as plain Java values.
   *
   * <p>Members are checked in M-table order and the first one of the wrong JSON kind raises a
   * {@code SerializationException}: {@code Unexpected value type for member '<path>': expected
   * <kind>}, where {@code <path>} is the wire name, dotted for nested members ({@code
   * TokenValidityUnits.AccessToken}) and indexed from 0 for list items ({@code CallbackURLs[2]},
   * expected {@code string}). Integers are any {@link Number} whose value is exactly a 32-bit
   * integer: {@code 60.0} reads as 60 (ours), while {@code 60.5}, NaN, infinities and values
   * outside the {@code int} range are of the wrong kind, never truncated. Booleans are only {@link
   * Boolean}, strings only {@link String}, lists only {@link java.util.List}, structures only
   * {@link Map}. Unknown members, at any level and with any key type, are ignored; a {@code null}
   * member is absent, while a {@code null} list item is of the wrong kind. An empty list stays an
   * empty list, distinct from an absent one. {@code body} is not modified.
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   * @throws NullPointerException if {@code body} is null
   */
  public static CreateUserPoolClientRequest readCreateUserPoolClientRequest(Map<String, ?> body) {
    checkNotNull(body, "body");
    return REQUEST.read(body, "");
  }

  /**
   * Reads a user pool context in the conformance README's shape, with its defaults for every absent
   * member.
   *
   * <p>The shape is {@code Id}, {@code UserPoolTier} ({@code LITE}, {@code ESSENTIALS} or {@code
   * PLUS}), {@code SchemaAttributes} ({@code [{Name, Required, Mutable, AttributeDataType}]},
   * {@code Name} required), {@code IdentityProviders} ({@code [string]}), {@code ResourceServers}
   * ({@code [{Identifier, Scopes: [{ScopeName}]}]}, both names required), {@code ClientCount},
   * {@code ClientLimit} and {@code AccountId}. JSON kinds are checked as in {@link
   * #readCreateUserPoolClientRequest}, with the same message (list items and nested members named
   * like {@code SchemaAttributes[0].Name}). An unknown tier ({@code Unexpected value 'GOLD' for
   * member 'UserPoolTier': expected one of LITE, ESSENTIALS, PLUS}) and a missing required name
   * ({@code Missing value for required member 'ResourceServers[0].Identifier'}) are {@code
   * SerializationException}s too (ours). Unknown members are ignored.
   *
   * @throws CognitoException a {@code SerializationException} for the first malformed member
   * @throws NullPointerException if {@code pool} is null
   */
  public static UserPoolContext readUserPoolContext(Map<String, ?> pool) {
    checkNotNull(pool, "pool");
    return PoolContextReader.read(pool);
  }

  /**
   * Writes a request in its own wire shape: only its present members, in M-table order, integers as
   * {@link Integer}, lists as {@code List<String>} and nested structures as maps of their present
   * members.
   *
   * <p>{@link #readCreateUserPoolClientRequest} of the result equals {@code request}.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public static Map<String, Object> write(CreateUserPoolClientRequest request) {
    checkNotNull(request, "request");
    return REQUEST.write(request);
  }

  /**
   * Writes a response in its wire shape, {@code {"UserPoolClient": {...}}}, with exactly the
   * members the client record has (catalogue RESP-02, RESP-03).
   *
   * <p>Always: {@code UserPoolId, ClientName, ClientId, LastModifiedDate, CreationDate,
   * RefreshTokenValidity, TokenValidityUnits} (only its present units, possibly {@code {}}), {@code
   * AllowedOAuthFlowsUserPoolClient, EnableTokenRevocation,
   * EnablePropagateAdditionalUserContextData, AuthSessionValidity, RefreshTokenRotation}; only when
   * set: {@code ClientSecret, AccessTokenValidity, IdTokenValidity}, the non-empty lists in the
   * record's order, {@code DefaultRedirectURI}, {@code AnalyticsConfiguration} (its present
   * members) and {@code PreventUserExistenceErrors}. Members come in the service model's order.
   * Dates are epoch seconds with millisecond precision as a {@link BigDecimal} of scale 3
   * (catalogue DT-01), e.g. {@code 1767225600.000}; every date has one, from {@link Instant#MIN} to
   * {@link Instant#MAX}, floored to the millisecond, so writing never throws.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public static Map<String, Object> write(CreateUserPoolClientResponse response) {
    checkNotNull(response, "response");
    // Written out rather than as a WireStructure table: the record's always-present members are
    // plain values, its unset lists are empty rather than absent, and it is never read back.
    UserPoolClient client = response.userPoolClient();
    // Members in the service model's order of UserPoolClientType, as Cognito prints them.
    ImmutableMap.Builder<String, Object> json =
        ImmutableMap.<String, Object>builder()
            .put("UserPoolId", client.userPoolId())
            .put("ClientName", client.clientName())
            .put("ClientId", client.clientId());
    putIfPresent(json, "ClientSecret", client.clientSecret());
    json.put("LastModifiedDate", epochSeconds(client.lastModifiedDate()))
        .put("CreationDate", epochSeconds(client.creationDate()))
        .put("RefreshTokenValidity", client.refreshTokenValidity());
    putIfPresent(json, "AccessTokenValidity", client.accessTokenValidity());
    putIfPresent(json, "IdTokenValidity", client.idTokenValidity());
    json.put("TokenValidityUnits", TOKEN_VALIDITY_UNITS.write(client.tokenValidityUnits()));
    putIfNotEmpty(json, "ReadAttributes", client.readAttributes());
    putIfNotEmpty(json, "WriteAttributes", client.writeAttributes());
    putIfNotEmpty(json, "ExplicitAuthFlows", client.explicitAuthFlowsAsStrings());
    putIfNotEmpty(json, "SupportedIdentityProviders", client.supportedIdentityProviders());
    putIfNotEmpty(json, "CallbackURLs", client.callbackURLs());
    putIfNotEmpty(json, "LogoutURLs", client.logoutURLs());
    putIfPresent(json, "DefaultRedirectURI", client.defaultRedirectURI());
    putIfNotEmpty(json, "AllowedOAuthFlows", client.allowedOAuthFlowsAsStrings());
    putIfNotEmpty(json, "AllowedOAuthScopes", client.allowedOAuthScopes());
    json.put("AllowedOAuthFlowsUserPoolClient", client.allowedOAuthFlowsUserPoolClient());
    putIfPresent(
        json,
        "AnalyticsConfiguration",
        client.analyticsConfiguration().map(ANALYTICS_CONFIGURATION::write));
    putIfPresent(json, "PreventUserExistenceErrors", client.preventUserExistenceErrorsAsString());
    json.put("EnableTokenRevocation", client.enableTokenRevocation())
        .put(
            "EnablePropagateAdditionalUserContextData",
            client.enablePropagateAdditionalUserContextData())
        .put("AuthSessionValidity", client.authSessionValidity())
        .put("RefreshTokenRotation", REFRESH_TOKEN_ROTATION.write(client.refreshTokenRotation()));
    return ImmutableMap.of("UserPoolClient", json.buildOrThrow());
  }

  /**
   * Writes an error body, {@code {"__type": <wire name>, "message": <message>}} (catalogue V-16).
   *
   * @throws NullPointerException if {@code error} is null
   */
  public static Map<String, Object> write(CognitoException error) {
    checkNotNull(error, "error");
    return ImmutableMap.of("__type", error.errorType().wireName(), "message", error.getMessage());
  }

  /**
   * Returns the wire form of a date: epoch seconds as a decimal with exactly three places, exact
   * for every instant (see {@link WireDates#epochSeconds}).
   */
  private static BigDecimal epochSeconds(Instant instant) {
    return WireDates.epochSeconds(instant);
  }

  private static void putIfPresent(
      ImmutableMap.Builder<String, Object> json, String wireName, Optional<?> value) {
    value.ifPresent(present -> json.put(wireName, present));
  }

  /** Puts a list only when it has items: Cognito treats an empty list as not set (RESP-03). */
  private static void putIfNotEmpty(
      ImmutableMap.Builder<String, Object> json, String wireName, ImmutableList<String> list) {
    if (!list.isEmpty()) {
      json.put(wireName, list);
    }
  }
}
