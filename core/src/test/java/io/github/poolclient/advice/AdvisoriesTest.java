package io.github.poolclient.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.UserPoolContext;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;

/**
 * Fires each request advisory ADV-01..ADV-11 on an example and checks its documented false alarm.
 */
final class AdvisoriesTest {

  private static final UserPoolContext POOL = Fixtures.pool().build();

  /** A confidential web client that no request advisory fires on. */
  private static CreateUserPoolClientRequest.Builder quiet() {
    return Fixtures.request()
        .generateSecret(true)
        .preventUserExistenceErrorsAsString("ENABLED")
        .writeAttributes(ImmutableList.of("name"))
        .explicitAuthFlowsAsStrings(
            ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
  }

  /** A machine-to-machine client: secret, client_credentials, a custom scope, default flows. */
  private static CreateUserPoolClientRequest.Builder machineToMachine() {
    return Fixtures.request()
        .generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
        .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"));
  }

  private static ListAssert<String> ids(CreateUserPoolClientRequest request) {
    return ids(request, POOL);
  }

  private static ListAssert<String> ids(CreateUserPoolClientRequest request, UserPoolContext pool) {
    return assertThat(
        Advisor.advise(request, pool, AdvicePolicy.defaults()).stream()
            .map(Advisory::id)
            .collect(ImmutableList.toImmutableList()));
  }

  private static ImmutableList<Advisory> only(String id, CreateUserPoolClientRequest request) {
    return only(id, request, POOL);
  }

  private static ImmutableList<Advisory> only(
      String id, CreateUserPoolClientRequest request, UserPoolContext pool) {
    return Advisor.advise(request, pool, AdvicePolicy.builder().addEnabled("ADV-06").build())
        .stream()
        .filter(a -> a.id().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void quietClientHasNoAdvisory() {
    ids(quiet().build()).isEmpty();
    ids(machineToMachine().build()).isEmpty();
  }

  // ---- ADV-01 ----

  @Test
  void advisesEnabledUserExistenceErrorsWhenAbsentOrLegacy() {
    ImmutableList<Advisory> absent =
        only(
            "ADV-01",
            quiet().preventUserExistenceErrorsAsString(java.util.Optional.empty()).build());
    assertThat(absent)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("preventUserExistenceErrors");
              assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(a.message())
                  .isEqualTo(
                      "User-existence errors are revealed (API default LEGACY); set ENABLED");
              assertThat(a.sources()).containsExactly("A1", "A13");
              assertThat(a.suppressed()).isFalse();
            });
    assertThat(only("ADV-01", quiet().preventUserExistenceErrorsAsString("LEGACY").build()))
        .hasSize(1);
  }

  @Test
  void doesNotAdviseUserExistenceErrorsOnMachineToMachineClients() {
    assertThat(only("ADV-01", machineToMachine().build())).isEmpty();
    assertThat(
            only(
                "ADV-01",
                machineToMachine()
                    .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_CLIENT_TOKEN_AUTH"))
                    .build()))
        .isEmpty();
  }

  @Test
  void doesNotJudgeAnUnknownUserExistenceValue() {
    assertThat(only("ADV-01", quiet().preventUserExistenceErrorsAsString("enabled").build()))
        .isEmpty();
  }

  // ---- ADV-02 ----

  @Test
  void advisesAgainstTurningTokenRevocationOff() {
    assertThat(only("ADV-02", quiet().enableTokenRevocation(false).build()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("enableTokenRevocation");
              assertThat(a.message()).isEqualTo("Refresh tokens of this client cannot be revoked");
            });
  }

  @Test
  void doesNotAdviseRevocationWhenOmittedOrOn() {
    assertThat(only("ADV-02", quiet().build())).isEmpty();
    assertThat(only("ADV-02", quiet().enableTokenRevocation(true).build())).isEmpty();
  }

  // ---- ADV-03 ----

  private static CreateUserPoolClientRequest.Builder oauth(String... flows) {
    return quiet()
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ImmutableList.copyOf(flows))
        .allowedOAuthScopes(ImmutableList.of("openid"))
        .callbackURLs(ImmutableList.of("https://example.com/cb"));
  }

  @Test
  void advisesCodeInsteadOfImplicitAtTheImplicitEntry() {
    assertThat(only("ADV-03", oauth("code", "implicit").build()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("allowedOAuthFlows[1]");
              assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(a.message()).isEqualTo("Implicit grant is legacy; use code (+PKCE)");
              assertThat(a.sources()).containsExactly("A3", "A4", "R2");
            });
  }

  @Test
  void implicitGrantWithALoopbackRedirectIsHigh() {
    assertThat(
            only(
                "ADV-03",
                oauth("implicit")
                    .callbackURLs(
                        ImmutableList.of("https://example.com/cb", "http://localhost:3000/cb"))
                    .build()))
        .singleElement()
        .extracting(Advisory::severity)
        .isEqualTo(Severity.HIGH);
  }

  @Test
  void doesNotAdviseTheCodeGrant() {
    assertThat(only("ADV-03", oauth("code").build())).isEmpty();
  }

  // ---- ADV-04 ----

  @Test
  void advisesEachDistinctLoopbackRedirectAtItsIndex() {
    ImmutableList<Advisory> advisories =
        only(
            "ADV-04",
            oauth("code")
                .callbackURLs(
                    ImmutableList.of(
                        "https://example.com/cb",
                        "http://localhost:3000/cb",
                        "http://localhost:3000/cb",
                        "HTTP://[::1]/cb"))
                .logoutURLs(ImmutableList.of("http://127.0.0.1:8080/out"))
                .defaultRedirectURI("http://localhost:3000/cb")
                .build());
    assertThat(advisories)
        .extracting(Advisory::field)
        .containsExactly(
            "callbackURLs[1]", "callbackURLs[3]", "logoutURLs[0]", "defaultRedirectURI");
    assertThat(advisories.get(0).message())
        .isEqualTo("Test-only loopback redirect on this client: http://localhost:3000/cb");
    assertThat(advisories.get(0).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void doesNotAdviseHttpsNativeOrLookalikeRedirects() {
    assertThat(
            only(
                "ADV-04",
                oauth("code")
                    .callbackURLs(
                        ImmutableList.of(
                            "https://localhost/cb",
                            "myapp://callback",
                            "https://localhost.example.com/cb",
                            "http://localhoſt/cb",
                            "not a uri"))
                    .build()))
        .isEmpty();
  }

  // ---- ADV-05 ----

  @Test
  void advisesSrpInsteadOfPasswordAuthMediumOnAPublicClient() {
    ImmutableList<String> flows =
        ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH");
    assertThat(only("ADV-05", quiet().explicitAuthFlowsAsStrings(flows).build()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("explicitAuthFlows[1]");
              assertThat(a.severity()).isEqualTo(Severity.LOW);
              assertThat(a.message())
                  .isEqualTo("Password sent to Cognito instead of SRP; prefer ALLOW_USER_SRP_AUTH");
            });
    assertThat(
            only("ADV-05", quiet().generateSecret(false).explicitAuthFlowsAsStrings(flows).build()))
        .singleElement()
        .extracting(Advisory::severity)
        .isEqualTo(Severity.MEDIUM);
    assertThat(
            only(
                "ADV-05",
                quiet().explicitAuthFlowsAsStrings(ImmutableList.of("USER_PASSWORD_AUTH")).build()))
        .singleElement()
        .extracting(Advisory::field)
        .isEqualTo("explicitAuthFlows[0]");
  }

  @Test
  void userMigrationPoolSuppressesPasswordAuthWithItsReason() {
    CreateUserPoolClientRequest request =
        quiet()
            .explicitAuthFlowsAsStrings(
                ImmutableList.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
            .build();
    AdvicePolicy policy =
        AdvicePolicy.builder()
            .putSuppressions("ADV-05", "user-migration Lambda trigger needs the password")
            .build();
    assertThat(Advisor.advise(request, POOL, policy))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.suppressed()).isTrue();
              assertThat(a.suppressionReason())
                  .contains("user-migration Lambda trigger needs the password");
            });
  }

  @Test
  void doesNotAdviseAdminPasswordAuth() {
    assertThat(
            only(
                "ADV-05",
                quiet()
                    .explicitAuthFlowsAsStrings(
                        ImmutableList.of(
                            "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                    .build()))
        .isEmpty();
  }

  // ---- ADV-06 ----

  @Test
  void remindsAPublicCodeClientOfPkceOnlyWhenOptedIn() {
    CreateUserPoolClientRequest request = oauth("implicit", "code").generateSecret(false).build();
    assertThat(only("ADV-06", request))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("allowedOAuthFlows[1]");
              assertThat(a.severity()).isEqualTo(Severity.INFO);
              assertThat(a.message())
                  .isEqualTo(
                      "Cognito cannot require PKCE per client; app must send S256 code_challenge");
            });
    ids(request).doesNotContain("ADV-06");
  }

  @Test
  void doesNotRemindAConfidentialClientOfPkce() {
    assertThat(only("ADV-06", oauth("code").build())).isEmpty();
  }

  // ---- ADV-07 ----

  @Test
  void advisesRotationForAPublicClientOfAnEssentialsOrPlusPool() {
    CreateUserPoolClientRequest request = quiet().generateSecret(false).build();
    assertThat(only("ADV-07", request))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("refreshTokenRotation");
              assertThat(a.severity()).isEqualTo(Severity.LOW);
              assertThat(a.message()).isEqualTo("Enable refresh-token rotation for public clients");
            });
    assertThat(only("ADV-07", request, Fixtures.pool().userPoolTier(UserPoolTierType.PLUS).build()))
        .hasSize(1);
    assertThat(
            only(
                "ADV-07",
                request.withRefreshTokenRotation(
                    RefreshTokenRotation.builder().featureAsString("DISABLED").build())))
        .hasSize(1);
  }

  @Test
  void doesNotAdviseRotationInALitePool() {
    assertThat(
            only(
                "ADV-07",
                quiet().generateSecret(false).build(),
                Fixtures.pool().userPoolTier(UserPoolTierType.LITE).build()))
        .isEmpty();
  }

  @Test
  void doesNotAdviseRotationWhenEnabledOrOnAConfidentialClient() {
    assertThat(
            only(
                "ADV-07",
                quiet()
                    .generateSecret(false)
                    .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_USER_SRP_AUTH"))
                    .refreshTokenRotation(
                        RefreshTokenRotation.builder().featureAsString("ENABLED").build())
                    .build()))
        .isEmpty();
    assertThat(only("ADV-07", quiet().build())).isEmpty();
  }

  // ---- ADV-08 ----

  @Test
  void advisesTokenLifetimesAboveTheDefaultsNamingThem() {
    ImmutableList<Advisory> advisories =
        only(
            "ADV-08",
            quiet()
                .accessTokenValidity(1)
                .idTokenValidity(90)
                .refreshTokenValidity(31)
                .tokenValidityUnits(
                    TokenValidityUnits.builder()
                        .accessTokenAsString("days")
                        .idTokenAsString("minutes")
                        .build())
                .build());
    assertThat(advisories)
        .extracting(Advisory::field, Advisory::severity, Advisory::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "accessTokenValidity",
                Severity.LOW,
                "Token lifetime above Cognito default; revoked tokens stay valid offline until"
                    + " expiry: AccessTokenValidity is 1 day, above 1 hour"),
            org.assertj.core.groups.Tuple.tuple(
                "idTokenValidity",
                Severity.LOW,
                "Token lifetime above Cognito default; revoked tokens stay valid offline until"
                    + " expiry: IdTokenValidity is 90 minutes, above 1 hour"),
            org.assertj.core.groups.Tuple.tuple(
                "refreshTokenValidity",
                Severity.LOW,
                "Token lifetime above Cognito default; revoked tokens stay valid offline until"
                    + " expiry: RefreshTokenValidity is 31 days, above 30 days"));
  }

  @Test
  void publicRefreshTokensAboveAYearAreMedium() {
    assertThat(only("ADV-08", quiet().generateSecret(false).refreshTokenValidity(366).build()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(a.message())
                  .endsWith("RefreshTokenValidity is 366 days, above 365 days on a public client");
            });
    assertThat(only("ADV-08", quiet().refreshTokenValidity(366).build()))
        .singleElement()
        .extracting(Advisory::severity)
        .isEqualTo(Severity.LOW);
  }

  @Test
  void doesNotAdviseDefaultsShortLifetimesOrValuesItCannotJudge() {
    assertThat(
            only(
                "ADV-08",
                quiet()
                    .accessTokenValidity(60)
                    .refreshTokenValidity(0)
                    .tokenValidityUnits(
                        TokenValidityUnits.builder()
                            .accessTokenAsString("minutes")
                            .refreshTokenAsString("hours")
                            .build())
                    .build()))
        .isEmpty();
    assertThat(
            only(
                "ADV-08",
                quiet()
                    .accessTokenValidity(-5)
                    .idTokenValidity(2)
                    .tokenValidityUnits(
                        TokenValidityUnits.builder().idTokenAsString("fortnights").build())
                    .build()))
        .isEmpty();
  }

  @Test
  void kioskThresholdsSilenceLongLifetimes() {
    AdvicePolicy kiosk =
        AdvicePolicy.builder()
            .maxAccessTokenValidity(java.time.Duration.ofDays(1))
            .maxRefreshTokenValidity(java.time.Duration.ofDays(90))
            .build();
    assertThat(
            Advisor.advise(
                quiet().accessTokenValidity(24).refreshTokenValidity(90).build(), POOL, kiosk))
        .isEmpty();
  }

  // ---- ADV-09 ----

  @Test
  void advisesRestrictingSelfWritableAttributes() {
    ImmutableList<Advisory> advisories =
        only(
            "ADV-09",
            oauth("code")
                .writeAttributes(ImmutableList.of("name", "custom:tier", "custom:tier"))
                .allowedOAuthScopes(ImmutableList.of("openid", "aws.cognito.signin.user.admin"))
                .build());
    assertThat(advisories)
        .extracting(Advisory::field, Advisory::severity, Advisory::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "writeAttributes[1]",
                Severity.MEDIUM,
                "Users can self-modify attributes; restrict to what the app edits: custom:tier is"
                    + " writable by the user"),
            org.assertj.core.groups.Tuple.tuple(
                "allowedOAuthScopes[1]",
                Severity.LOW,
                "Users can self-modify attributes; restrict to what the app edits:"
                    + " aws.cognito.signin.user.admin authorizes user self-service"));
    assertThat(only("ADV-09", quiet().writeAttributes(ImmutableList.of()).build()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("writeAttributes");
              assertThat(a.message())
                  .endsWith(
                      ": WriteAttributes is omitted, so every standard attribute is writable");
            });
  }

  @Test
  void doesNotAdviseAttributesOnMachineToMachineOrNarrowClients() {
    assertThat(only("ADV-09", machineToMachine().build())).isEmpty();
    assertThat(only("ADV-09", quiet().build())).isEmpty();
  }

  // ---- ADV-10 ----

  @Test
  void advisesNarrowingFlowsOfAFederatedOnlyClient() {
    UserPoolContext pool = Fixtures.pool().addIdentityProviders("Google").build();
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .supportedIdentityProviders(ImmutableList.of("Google"))
            .preventUserExistenceErrorsAsString("ENABLED")
            .writeAttributes(ImmutableList.of("name"))
            .generateSecret(true)
            .build();
    assertThat(only("ADV-10", request, pool))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("supportedIdentityProviders");
              assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(a.message())
                  .isEqualTo("Federated-only client still accepts SDK sign-in by local users");
            });
    assertThat(
            only(
                "ADV-10",
                request.withExplicitAuthFlowsAsStrings(ImmutableList.of("ADMIN_NO_SRP_AUTH")),
                pool))
        .hasSize(1);
  }

  @Test
  void doesNotAdviseClientsWithCognitoOrOnlyRefreshOrAPoolWithoutLocalUsers() {
    UserPoolContext pool = Fixtures.pool().addIdentityProviders("Google").build();
    CreateUserPoolClientRequest federated =
        quiet().supportedIdentityProviders(ImmutableList.of("Google")).build();
    assertThat(
            only(
                "ADV-10",
                federated.withSupportedIdentityProviders(ImmutableList.of("Google", "COGNITO")),
                pool))
        .isEmpty();
    assertThat(
            only(
                "ADV-10",
                federated.withExplicitAuthFlowsAsStrings(
                    ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH")),
                pool))
        .isEmpty();
    assertThat(only("ADV-10", quiet().build(), pool)).isEmpty();
    AdvicePolicy noLocalUsers =
        AdvicePolicy.builder().putSuppressions("ADV-10", "the pool has no local users").build();
    assertThat(Advisor.advise(federated, pool, noLocalUsers))
        .singleElement()
        .satisfies(a -> assertThat(a.suppressionReason()).contains("the pool has no local users"));
  }

  // ---- ADV-11 ----

  @Test
  void advisesContextDataOnAServerSideClientOfAThreatProtectedPool() {
    UserPoolContext pool =
        Fixtures.pool()
            .userPoolTier(UserPoolTierType.PLUS)
            .advancedSecurityMode("ENFORCED")
            .build();
    assertThat(only("ADV-11", quiet().build(), pool))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.field()).isEqualTo("enablePropagateAdditionalUserContextData");
              assertThat(a.severity()).isEqualTo(Severity.LOW);
              assertThat(a.message())
                  .isEqualTo("Server-side app cannot forward end-user IP to threat protection");
            });
    assertThat(only("ADV-11", quiet().build(), pool.withAdvancedSecurityMode("AUDIT"))).hasSize(1);
  }

  @Test
  void doesNotAdviseContextDataWhenPropagatedOffPublicOrMachineToMachine() {
    UserPoolContext pool =
        Fixtures.pool()
            .userPoolTier(UserPoolTierType.PLUS)
            .advancedSecurityMode("ENFORCED")
            .build();
    assertThat(only("ADV-11", quiet().enablePropagateAdditionalUserContextData(true).build(), pool))
        .isEmpty();
    assertThat(only("ADV-11", quiet().build(), pool.withAdvancedSecurityMode("OFF"))).isEmpty();
    assertThat(only("ADV-11", quiet().build(), POOL)).isEmpty();
    assertThat(only("ADV-11", quiet().generateSecret(false).build(), pool)).isEmpty();
    assertThat(only("ADV-11", machineToMachine().build(), pool)).isEmpty();
  }

  @Test
  void adminApiAppSuppressesContextDataWithItsReason() {
    UserPoolContext pool = Fixtures.pool().advancedSecurityMode("AUDIT").build();
    AdvicePolicy policy =
        AdvicePolicy.builder()
            .putSuppressions("ADV-11", "sends ContextData through AdminInitiateAuth")
            .build();
    assertThat(Advisor.advise(quiet().build(), pool, policy))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.suppressionReason())
                    .contains("sends ContextData through AdminInitiateAuth"));
  }
}
