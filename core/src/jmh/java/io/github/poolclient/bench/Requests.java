package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The requests and pools every benchmark uses, as wire bodies (what a JSON parser hands over): the
 * typical web client, the minimal create and the maximal request of issue 9.
 */
final class Requests {
  private Requests() {}

  static final String POOL_ID = "us-east-1_Example01";

  /** The web client's pool: one resource server of two scopes, one external IdP. */
  static final Map<String, Object> WEB_POOL =
      ImmutableMap.of(
          "Id",
          POOL_ID,
          "IdentityProviders",
          ImmutableList.of("Google"),
          "ResourceServers",
          ImmutableList.of(
              ImmutableMap.of(
                  "Identifier",
                  "https://api.example.com",
                  "Scopes",
                  ImmutableList.of(
                      ImmutableMap.of("ScopeName", "read"),
                      ImmutableMap.of("ScopeName", "write")))));

  /**
   * A typical web client: a generated secret, the code flow, 3 scopes of which one custom, 2
   * callback and 1 logout URLs, 2 IdPs, token validities in minutes.
   */
  static final Map<String, Object> WEB_BODY =
      ImmutableMap.<String, Object>builder()
          .put("UserPoolId", POOL_ID)
          .put("ClientName", "web")
          .put("GenerateSecret", true)
          .put("AccessTokenValidity", 60)
          .put("IdTokenValidity", 60)
          .put(
              "TokenValidityUnits", ImmutableMap.of("AccessToken", "minutes", "IdToken", "minutes"))
          .put(
              "ExplicitAuthFlows",
              ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
          .put("SupportedIdentityProviders", ImmutableList.of("COGNITO", "Google"))
          .put(
              "CallbackURLs",
              ImmutableList.of("https://app.example.com/cb", "http://localhost:3000/cb"))
          .put("LogoutURLs", ImmutableList.of("https://app.example.com/logout"))
          .put("AllowedOAuthFlows", ImmutableList.of("code"))
          .put(
              "AllowedOAuthScopes",
              ImmutableList.of("openid", "email", "https://api.example.com/read"))
          .put("AllowedOAuthFlowsUserPoolClient", true)
          .build();

  /** The default pool of the conformance README. */
  static final Map<String, Object> MINIMAL_POOL = ImmutableMap.of("Id", POOL_ID);

  /** The smallest valid request. */
  static final Map<String, Object> MINIMAL_BODY =
      ImmutableMap.of("UserPoolId", POOL_ID, "ClientName", "web");

  /**
   * The maximal request and its pool, in a class of their own: built on first use, so that {@link
   * ColdStart}, which reads only the web client, does not pay for building them.
   */
  static final class Maximal {
    private Maximal() {}

    private static final int MAXIMAL_SERVERS = 3;
    private static final int MAXIMAL_SCOPES_PER_SERVER = 20;

    /**
     * The maximal request's pool: a required custom attribute, two external IdPs and 3 resource
     * servers of 20 scopes each.
     */
    static final Map<String, Object> POOL =
        ImmutableMap.of(
            "Id",
            POOL_ID,
            "UserPoolTier",
            "PLUS",
            "SchemaAttributes",
            ImmutableList.of(
                ImmutableMap.of("Name", "custom:tier", "Required", false, "Mutable", true)),
            "IdentityProviders",
            ImmutableList.of("Google", "Corporate"),
            "ResourceServers",
            IntStream.range(0, MAXIMAL_SERVERS)
                .mapToObj(
                    s ->
                        ImmutableMap.of(
                            "Identifier",
                            "https://api" + s + ".example.com",
                            "Scopes",
                            IntStream.range(0, MAXIMAL_SCOPES_PER_SERVER)
                                .mapToObj(n -> ImmutableMap.of("ScopeName", "scope" + n))
                                .collect(ImmutableList.toImmutableList())))
                .collect(ImmutableList.toImmutableList()));

    /** 100 callback and 100 logout URLs, 50 scopes, and every other member of the request. */
    static final Map<String, Object> BODY =
        ImmutableMap.<String, Object>builder()
            .put("UserPoolId", POOL_ID)
            .put("ClientName", "maximal client")
            .put("GenerateSecret", true)
            .put("RefreshTokenValidity", 30)
            .put("AccessTokenValidity", 60)
            .put("IdTokenValidity", 60)
            .put(
                "TokenValidityUnits",
                ImmutableMap.of(
                    "AccessToken", "minutes", "IdToken", "minutes", "RefreshToken", "days"))
            .put("ReadAttributes", ImmutableList.of("email", "name", "custom:tier", "sub"))
            .put("WriteAttributes", ImmutableList.of("email", "name", "custom:tier"))
            .put(
                "ExplicitAuthFlows",
                ImmutableList.of(
                    "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH"))
            .put("SupportedIdentityProviders", ImmutableList.of("COGNITO", "Google", "Corporate"))
            .put("CallbackURLs", urls("https://app.example.com/callback/", 100))
            .put("LogoutURLs", urls("https://app.example.com/logout/", 100))
            .put("DefaultRedirectURI", "https://app.example.com/callback/0")
            .put("AllowedOAuthFlows", ImmutableList.of("code", "implicit"))
            .put("AllowedOAuthScopes", maximalScopes())
            .put("AllowedOAuthFlowsUserPoolClient", true)
            .put(
                "AnalyticsConfiguration",
                ImmutableMap.of(
                    "ApplicationId",
                    "0123456789abcdef0123456789abcdef",
                    "RoleArn",
                    "arn:aws:iam::123456789012:role/pinpoint-events",
                    "ExternalId",
                    "external-id",
                    "UserDataShared",
                    true))
            .put("PreventUserExistenceErrors", "ENABLED")
            .put("EnableTokenRevocation", true)
            .put("EnablePropagateAdditionalUserContextData", true)
            .put("AuthSessionValidity", 5)
            .put(
                "RefreshTokenRotation",
                ImmutableMap.of("Feature", "ENABLED", "RetryGracePeriodSeconds", 10))
            .build();

    private static List<String> urls(String prefix, int count) {
      return IntStream.range(0, count)
          .mapToObj(i -> prefix + i)
          .collect(ImmutableList.toImmutableList());
    }

    /** 5 standard scopes and 45 of the pool's custom scopes. */
    private static List<String> maximalScopes() {
      ImmutableList.Builder<String> scopes =
          ImmutableList.<String>builder()
              .add("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin");
      for (int i = 0; i < 45; i++) {
        scopes.add(
            "https://api"
                + i % MAXIMAL_SERVERS
                + ".example.com/scope"
                + i / MAXIMAL_SERVERS % MAXIMAL_SCOPES_PER_SERVER);
      }
      return scopes.build();
    }
  }
}
