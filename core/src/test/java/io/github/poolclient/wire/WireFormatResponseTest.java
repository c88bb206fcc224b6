package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireFormatTest.keysOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing the {@code CreateUserPoolClient} response body. */
final class WireFormatResponseTest {
  private static final Instant NOW = Fixtures.NOW;
  private static final String CLIENT_ID = Fixtures.CLIENT_ID;

  /** A RESP-01-like client: only the members Cognito always returns. */
  private static UserPoolClient.Builder minimalClient() {
    return Fixtures.client();
  }

  private static Map<String, Object> written(UserPoolClient.Builder client) {
    Map<String, Object> response =
        WireFormat.write(CreateUserPoolClientResponse.of(client.build()));
    assertThat(keysOf(response)).containsExactly("UserPoolClient");
    if (!(response.get("UserPoolClient") instanceof ImmutableMap<?, ?> body)) {
      throw new AssertionError("UserPoolClient is not an ImmutableMap: " + response);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) body;
    return map;
  }

  @Test
  void writesTheMinimalClientWithExactlyTheAlwaysPresentMembers() {
    Map<String, Object> client = written(minimalClient());

    assertThat(client)
        .isEqualTo(
            ImmutableMap.builder()
                .put("UserPoolId", "us-east-1_Example01")
                .put("ClientName", "web")
                .put("ClientId", CLIENT_ID)
                .put("LastModifiedDate", new BigDecimal("1767225600.000"))
                .put("CreationDate", new BigDecimal("1767225600.000"))
                .put("RefreshTokenValidity", 30)
                .put("TokenValidityUnits", Map.of())
                .put("AllowedOAuthFlowsUserPoolClient", false)
                .put("EnableTokenRevocation", true)
                .put("EnablePropagateAdditionalUserContextData", false)
                .put("AuthSessionValidity", 3)
                .put(
                    "RefreshTokenRotation",
                    Map.of("Feature", "DISABLED", "RetryGracePeriodSeconds", 0))
                .buildOrThrow());
    assertThat(keysOf(client))
        .containsExactly(
            "UserPoolId",
            "ClientName",
            "ClientId",
            "LastModifiedDate",
            "CreationDate",
            "RefreshTokenValidity",
            "TokenValidityUnits",
            "AllowedOAuthFlowsUserPoolClient",
            "EnableTokenRevocation",
            "EnablePropagateAdditionalUserContextData",
            "AuthSessionValidity",
            "RefreshTokenRotation");
    assertThat(keysOf(client.get("TokenValidityUnits"))).isEmpty();
  }

  @Test
  void writesEveryMemberOfAFullClientInServiceModelOrder() {
    Map<String, Object> client =
        written(
            minimalClient()
                .clientSecret("1u5o9pcu17m55om48atcqlr2ko14pct0qa0eh122gaqcnoacijqj")
                .refreshTokenValidity(10)
                .accessTokenValidity(60)
                .idTokenValidity(45)
                .tokenValidityUnits(
                    TokenValidityUnits.builder()
                        .accessTokenAsString("minutes")
                        .idTokenAsString("seconds")
                        .refreshTokenAsString("days")
                        .build())
                .readAttributes(List.of("name", "email"))
                .writeAttributes(List.of("name"))
                .explicitAuthFlowsAsStrings(
                    List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .supportedIdentityProviders(List.of("Google", "COGNITO"))
                .callbackURLs(List.of("https://example.com/b", "https://example.com/a"))
                .logoutURLs(List.of("https://example.com/logout"))
                .defaultRedirectURI("https://example.com/a")
                .allowedOAuthFlowsAsStrings(List.of("implicit", "code"))
                .allowedOAuthScopes(List.of("email", "openid"))
                .allowedOAuthFlowsUserPoolClient(true)
                .analyticsConfiguration(
                    AnalyticsConfiguration.builder()
                        .applicationArn("arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123")
                        .roleArn("arn:aws:iam::123456789012:role/pinpoint")
                        .userDataShared(false)
                        .build())
                .preventUserExistenceErrorsAsString("ENABLED")
                .enableTokenRevocation(false)
                .enablePropagateAdditionalUserContextData(true)
                .authSessionValidity(15)
                .refreshTokenRotation(
                    RefreshTokenRotation.builder()
                        .featureAsString("ENABLED")
                        .retryGracePeriodSeconds(60)
                        .build()));

    assertThat(client)
        .isEqualTo(
            ImmutableMap.builder()
                .put("UserPoolId", "us-east-1_Example01")
                .put("ClientName", "web")
                .put("ClientId", CLIENT_ID)
                .put("LastModifiedDate", new BigDecimal("1767225600.000"))
                .put("CreationDate", new BigDecimal("1767225600.000"))
                .put("RefreshTokenValidity", 10)
                .put(
                    "TokenValidityUnits",
                    Map.of("AccessToken", "minutes", "IdToken", "seconds", "RefreshToken", "days"))
                .put("AllowedOAuthFlowsUserPoolClient", true)
                .put("EnableTokenRevocation", false)
                .put("EnablePropagateAdditionalUserContextData", true)
                .put("AuthSessionValidity", 15)
                .put(
                    "RefreshTokenRotation",
                    Map.of("Feature", "ENABLED", "RetryGracePeriodSeconds", 60))
                .put("ClientSecret", "1u5o9pcu17m55om48atcqlr2ko14pct0qa0eh122gaqcnoacijqj")
                .put("AccessTokenValidity", 60)
                .put("IdTokenValidity", 45)
                .put("ReadAttributes", List.of("name", "email"))
                .put("WriteAttributes", List.of("name"))
                .put(
                    "ExplicitAuthFlows", List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .put("SupportedIdentityProviders", List.of("Google", "COGNITO"))
                .put("CallbackURLs", List.of("https://example.com/b", "https://example.com/a"))
                .put("LogoutURLs", List.of("https://example.com/logout"))
                .put("DefaultRedirectURI", "https://example.com/a")
                .put("AllowedOAuthFlows", List.of("implicit", "code"))
                .put("AllowedOAuthScopes", List.of("email", "openid"))
                .put(
                    "AnalyticsConfiguration",
                    Map.of(
                        "ApplicationArn",
                            "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123",
                        "RoleArn", "arn:aws:iam::123456789012:role/pinpoint",
                        "UserDataShared", false))
                .put("PreventUserExistenceErrors", "ENABLED")
                .buildOrThrow());
    assertThat(keysOf(client))
        .containsExactly(
            "UserPoolId",
            "ClientName",
            "ClientId",
            "ClientSecret",
            "LastModifiedDate",
            "CreationDate",
            "RefreshTokenValidity",
            "AccessTokenValidity",
            "IdTokenValidity",
            "TokenValidityUnits",
            "ReadAttributes",
            "WriteAttributes",
            "ExplicitAuthFlows",
            "SupportedIdentityProviders",
            "CallbackURLs",
            "LogoutURLs",
            "DefaultRedirectURI",
            "AllowedOAuthFlows",
            "AllowedOAuthScopes",
            "AllowedOAuthFlowsUserPoolClient",
            "AnalyticsConfiguration",
            "PreventUserExistenceErrors",
            "EnableTokenRevocation",
            "EnablePropagateAdditionalUserContextData",
            "AuthSessionValidity",
            "RefreshTokenRotation");
    assertThat(keysOf(client.get("TokenValidityUnits")))
        .containsExactly("AccessToken", "IdToken", "RefreshToken");
    assertThat(keysOf(client.get("AnalyticsConfiguration")))
        .containsExactly("ApplicationArn", "RoleArn", "UserDataShared");
    assertThat(keysOf(client.get("RefreshTokenRotation")))
        .containsExactly("Feature", "RetryGracePeriodSeconds");
  }

  @Test
  void writesTheSecretOnlyWhenTheClientHasOne() {
    assertThat(written(minimalClient())).doesNotContainKey("ClientSecret");
    assertThat(written(minimalClient().clientSecret("s3cretS3cretS3cretS3cret")))
        .containsEntry("ClientSecret", "s3cretS3cretS3cretS3cret");
  }

  @Test
  void writesOnlyTheUnitsThatArePresent() {
    assertThat(
            written(
                    minimalClient()
                        .tokenValidityUnits(
                            TokenValidityUnits.builder().refreshTokenAsString("days").build()))
                .get("TokenValidityUnits"))
        .isEqualTo(Map.of("RefreshToken", "days"));
  }

  @Test
  void writesOnlyThePresentMembersOfTheRotation() {
    assertThat(
            written(
                    minimalClient()
                        .refreshTokenRotation(
                            RefreshTokenRotation.builder().featureAsString("ENABLED").build()))
                .get("RefreshTokenRotation"))
        .isEqualTo(Map.of("Feature", "ENABLED"));
  }

  @Test
  void omitsEmptyListsAndAbsentOptionalMembers() {
    Map<String, Object> client =
        written(
            minimalClient()
                .readAttributes(List.of())
                .callbackURLs(List.of())
                .allowedOAuthScopes(List.of()));

    assertThat(client)
        .doesNotContainKeys(
            "ClientSecret",
            "AccessTokenValidity",
            "IdTokenValidity",
            "ReadAttributes",
            "WriteAttributes",
            "ExplicitAuthFlows",
            "SupportedIdentityProviders",
            "CallbackURLs",
            "LogoutURLs",
            "DefaultRedirectURI",
            "AllowedOAuthFlows",
            "AllowedOAuthScopes",
            "AnalyticsConfiguration",
            "PreventUserExistenceErrors")
        .hasSize(12);
  }

  @Test
  void writesDatesAsEpochSecondsWithExactlyThreeDecimals() {
    Map<String, Object> client =
        written(
            minimalClient()
                .creationDate(NOW)
                .lastModifiedDate(Instant.parse("2026-01-01T00:00:00.123Z")));

    assertThat(client.get("CreationDate")).isEqualTo(new BigDecimal("1767225600.000"));
    assertThat(client.get("LastModifiedDate")).isEqualTo(new BigDecimal("1767225600.123"));
    assertThat(client.get("CreationDate")).hasToString("1767225600.000");
    assertThat(client.get("LastModifiedDate")).hasToString("1767225600.123");
  }

  @Test
  void dropsSubMillisecondDigitsOfADate() {
    assertThat(
            written(minimalClient().creationDate(Instant.parse("2024-09-19T23:27:39.464999999Z")))
                .get("CreationDate"))
        .isEqualTo(new BigDecimal("1726788459.464"));
  }

  @Test
  void writesADateBeforeTheEpochAsANegativeNumber() {
    assertThat(
            written(minimalClient().creationDate(Instant.parse("1969-12-31T23:59:59.999Z")))
                .get("CreationDate"))
        .isEqualTo(new BigDecimal("-0.001"));
  }

  @Test
  void keepsListOrderAsTheRecordHasIt() {
    ImmutableList<String> order = ImmutableList.of("zoneinfo", "email", "address");

    assertThat(written(minimalClient().readAttributes(order)).get("ReadAttributes"))
        .isEqualTo(order);
  }
}
