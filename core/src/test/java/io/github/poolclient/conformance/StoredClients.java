package io.github.poolclient.conformance;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads a case's stored client (TEMPORARY: stands in for {@code WireFormat.readUserPoolClient},
 * which the lead is adding on main; deleted at the merge). Assumes well-formed case files.
 */
final class StoredClients {
  private StoredClients() {}

  static UserPoolClient read(Map<?, ?> json) {
    UserPoolClient.Builder client =
        UserPoolClient.builder()
            .userPoolId((String) json.get("UserPoolId"))
            .clientName((String) json.get("ClientName"))
            .clientId((String) json.get("ClientId"))
            .creationDate(date(json.get("CreationDate")))
            .lastModifiedDate(date(json.get("LastModifiedDate")))
            .refreshTokenValidity(integer(json, "RefreshTokenValidity", 30))
            .allowedOAuthFlowsUserPoolClient(flag(json, "AllowedOAuthFlowsUserPoolClient", false))
            .enableTokenRevocation(flag(json, "EnableTokenRevocation", true))
            .enablePropagateAdditionalUserContextData(
                flag(json, "EnablePropagateAdditionalUserContextData", false))
            .authSessionValidity(integer(json, "AuthSessionValidity", 3));
    Map<?, ?> units = json.get("TokenValidityUnits") instanceof Map<?, ?> m ? m : Map.of();
    client.tokenValidityUnits(
        TokenValidityUnits.builder()
            .accessTokenAsString(java.util.Optional.ofNullable((String) units.get("AccessToken")))
            .idTokenAsString(java.util.Optional.ofNullable((String) units.get("IdToken")))
            .refreshTokenAsString(java.util.Optional.ofNullable((String) units.get("RefreshToken")))
            .build());
    Map<?, ?> rotation =
        json.get("RefreshTokenRotation") instanceof Map<?, ?> m
            ? m
            : Map.of("Feature", "DISABLED", "RetryGracePeriodSeconds", 0);
    client.refreshTokenRotation(
        RefreshTokenRotation.builder()
            .featureAsString(java.util.Optional.ofNullable((String) rotation.get("Feature")))
            .retryGracePeriodSeconds(
                java.util.Optional.ofNullable((Number) rotation.get("RetryGracePeriodSeconds"))
                    .map(Number::intValue))
            .build());
    if (json.get("ClientSecret") instanceof String secret) {
      client.clientSecret(secret);
    }
    if (json.get("AccessTokenValidity") instanceof Number n) {
      client.accessTokenValidity(n.intValue());
    }
    if (json.get("IdTokenValidity") instanceof Number n) {
      client.idTokenValidity(n.intValue());
    }
    if (json.get("DefaultRedirectURI") instanceof String uri) {
      client.defaultRedirectURI(uri);
    }
    if (json.get("PreventUserExistenceErrors") instanceof String prevent) {
      client.preventUserExistenceErrorsAsString(prevent);
    }
    if (json.get("AnalyticsConfiguration") instanceof Map<?, ?> a) {
      client.analyticsConfiguration(
          AnalyticsConfiguration.builder()
              .applicationId(java.util.Optional.ofNullable((String) a.get("ApplicationId")))
              .applicationArn(java.util.Optional.ofNullable((String) a.get("ApplicationArn")))
              .roleArn(java.util.Optional.ofNullable((String) a.get("RoleArn")))
              .externalId(java.util.Optional.ofNullable((String) a.get("ExternalId")))
              .userDataShared(java.util.Optional.ofNullable((Boolean) a.get("UserDataShared")))
              .build());
    }
    return client
        .readAttributes(strings(json, "ReadAttributes"))
        .writeAttributes(strings(json, "WriteAttributes"))
        .explicitAuthFlowsAsStrings(strings(json, "ExplicitAuthFlows"))
        .supportedIdentityProviders(strings(json, "SupportedIdentityProviders"))
        .callbackURLs(strings(json, "CallbackURLs"))
        .logoutURLs(strings(json, "LogoutURLs"))
        .allowedOAuthFlowsAsStrings(strings(json, "AllowedOAuthFlows"))
        .allowedOAuthScopes(strings(json, "AllowedOAuthScopes"))
        .build();
  }

  private static Instant date(Object seconds) {
    BigDecimal millis = new BigDecimal(String.valueOf(seconds)).movePointRight(3);
    return Instant.ofEpochMilli(millis.longValueExact());
  }

  private static int integer(Map<?, ?> json, String name, int absent) {
    return json.get(name) instanceof Number n ? n.intValue() : absent;
  }

  private static boolean flag(Map<?, ?> json, String name, boolean absent) {
    return json.get(name) instanceof Boolean b ? b : absent;
  }

  private static ImmutableList<String> strings(Map<?, ?> json, String name) {
    return json.get(name) instanceof List<?> list
        ? list.stream().map(String::valueOf).collect(ImmutableList.toImmutableList())
        : ImmutableList.of();
  }
}
