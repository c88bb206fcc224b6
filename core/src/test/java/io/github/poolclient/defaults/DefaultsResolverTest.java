package io.github.poolclient.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DefaultsResolverTest {

  private static final String CLIENT_ID = "4ssm8oh504j4q146ic4hogbo2s";
  private static final String GENERATED_SECRET =
      "1u5o9pcu17m55om48atcqlr2ko14pct0qa0eh122gaqcnoacijqj";
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00.123Z");

  private static UserPoolClient resolve(CreateUserPoolClientRequest.Builder request) {
    return resolve(request.build(), Fixtures.pool().build());
  }

  private static UserPoolClient resolve(CreateUserPoolClientRequest request, UserPoolContext pool) {
    Optional<String> secret =
        request.generateSecret().orElse(false) ? Optional.of(GENERATED_SECRET) : Optional.empty();
    return DefaultsResolver.resolve(request, pool, CLIENT_ID, secret, NOW);
  }

  /** Returns units with the given members; null leaves a member out. */
  private static TokenValidityUnits units(
      @Nullable String access, @Nullable String id, @Nullable String refresh) {
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    Optional.ofNullable(access).ifPresent(units::accessTokenAsString);
    Optional.ofNullable(id).ifPresent(units::idTokenAsString);
    Optional.ofNullable(refresh).ifPresent(units::refreshTokenAsString);
    return units.build();
  }

  @Nested
  final class AlwaysPresent {

    @Test
    void minimalRequestGetsEveryDefaultOfResp02AndNothingElse() {
      UserPoolClient client = resolve(Fixtures.request());

      assertThat(client.userPoolId()).isEqualTo(Fixtures.POOL_ID);
      assertThat(client.clientName()).isEqualTo("web");
      assertThat(client.clientId()).isEqualTo(CLIENT_ID);
      assertThat(client.creationDate()).isEqualTo(NOW);
      assertThat(client.lastModifiedDate()).isEqualTo(NOW);
      assertThat(client.refreshTokenValidity()).isEqualTo(30);
      assertThat(client.tokenValidityUnits()).isEqualTo(units(null, null, null));
      assertThat(client.allowedOAuthFlowsUserPoolClient()).isFalse();
      assertThat(client.enableTokenRevocation()).isTrue();
      assertThat(client.enablePropagateAdditionalUserContextData()).isFalse();
      assertThat(client.authSessionValidity()).isEqualTo(3);
      assertThat(client.refreshTokenRotation())
          .isEqualTo(
              RefreshTokenRotation.builder()
                  .featureAsString("DISABLED")
                  .retryGracePeriodSeconds(0)
                  .build());

      assertThat(client.clientSecret()).isEmpty();
      assertThat(client.accessTokenValidity()).isEmpty();
      assertThat(client.idTokenValidity()).isEmpty();
      assertThat(client.readAttributes()).isEmpty();
      assertThat(client.writeAttributes()).isEmpty();
      assertThat(client.explicitAuthFlowsAsStrings()).isEmpty();
      assertThat(client.supportedIdentityProviders()).isEmpty();
      assertThat(client.callbackURLs()).isEmpty();
      assertThat(client.logoutURLs()).isEmpty();
      assertThat(client.defaultRedirectURI()).isEmpty();
      assertThat(client.allowedOAuthFlowsAsStrings()).isEmpty();
      assertThat(client.allowedOAuthScopes()).isEmpty();
      assertThat(client.analyticsConfiguration()).isEmpty();
      assertThat(client.preventUserExistenceErrorsAsString()).isEmpty();
    }

    @Test
    void echoesTheUserPoolIdOfAnotherPool() {
      UserPoolContext pool = UserPoolContext.builder().id("eu-west-1_AbCdEf123").build();

      UserPoolClient client =
          resolve(Fixtures.request().userPoolId("eu-west-1_AbCdEf123").build(), pool);

      assertThat(client.userPoolId()).isEqualTo("eu-west-1_AbCdEf123");
    }

    @Test
    void echoesExplicitBooleansAndAuthSessionValidity() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .allowedOAuthFlowsUserPoolClient(true)
                  .enableTokenRevocation(false)
                  .generateSecret(true)
                  .enablePropagateAdditionalUserContextData(true)
                  .authSessionValidity(15));

      assertThat(client.allowedOAuthFlowsUserPoolClient()).isTrue();
      assertThat(client.enableTokenRevocation()).isFalse();
      assertThat(client.enablePropagateAdditionalUserContextData()).isTrue();
      assertThat(client.authSessionValidity()).isEqualTo(15);
    }

    @Test
    void echoesExplicitDefaultValuesUnchanged() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .allowedOAuthFlowsUserPoolClient(false)
                  .enableTokenRevocation(true)
                  .enablePropagateAdditionalUserContextData(false)
                  .authSessionValidity(3));

      assertThat(client.allowedOAuthFlowsUserPoolClient()).isFalse();
      assertThat(client.enableTokenRevocation()).isTrue();
      assertThat(client.enablePropagateAdditionalUserContextData()).isFalse();
      assertThat(client.authSessionValidity()).isEqualTo(3);
    }
  }

  @Nested
  final class Secrets {

    @Test
    void returnsTheGeneratedSecret() {
      assertThat(resolve(Fixtures.request().generateSecret(true)).clientSecret())
          .contains(GENERATED_SECRET);
    }

    @Test
    void echoesACustomSecret() {
      UserPoolClient client =
          resolve(
              Fixtures.request().generateSecret(false).clientSecret("abcdefghijklmnopqrstuvwx"));

      assertThat(client.clientSecret()).contains("abcdefghijklmnopqrstuvwx");
    }

    @Test
    void hasNoSecretWhenGenerateSecretIsFalse() {
      assertThat(resolve(Fixtures.request().generateSecret(false)).clientSecret()).isEmpty();
    }
  }

  @Nested
  final class TokenValidity {

    @Test
    void echoesValiditiesAndUnitsAsSent() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .refreshTokenValidity(10)
                  .accessTokenValidity(60)
                  .idTokenValidity(60)
                  .tokenValidityUnits(units("minutes", "minutes", "days")));

      assertThat(client.refreshTokenValidity()).isEqualTo(10);
      assertThat(client.accessTokenValidity()).contains(60);
      assertThat(client.idTokenValidity()).contains(60);
      assertThat(client.tokenValidityUnits()).isEqualTo(units("minutes", "minutes", "days"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 29, 31, 3650, 315360000})
    void echoesANonZeroRefreshValidity(int validity) {
      assertThat(resolve(Fixtures.request().refreshTokenValidity(validity)).refreshTokenValidity())
          .isEqualTo(validity);
    }

    @Test
    void replacesRefreshValidityZeroByThirty() {
      UserPoolClient client = resolve(Fixtures.request().refreshTokenValidity(0));

      assertThat(client.refreshTokenValidity()).isEqualTo(30);
      assertThat(client.tokenValidityUnits()).isEqualTo(units(null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seconds", "minutes", "hours", "days"})
    void echoesTheRefreshUnitAsDaysWhenRefreshValidityIsZero(String unit) {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .refreshTokenValidity(0)
                  .tokenValidityUnits(units("minutes", null, unit)));

      assertThat(client.refreshTokenValidity()).isEqualTo(30);
      assertThat(client.tokenValidityUnits()).isEqualTo(units("minutes", null, "days"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seconds", "minutes", "hours", "days"})
    void echoesTheRefreshUnitAsDaysWhenRefreshValidityIsAbsent(String unit) {
      UserPoolClient client =
          resolve(Fixtures.request().tokenValidityUnits(units("hours", "seconds", unit)));

      assertThat(client.refreshTokenValidity()).isEqualTo(30);
      assertThat(client.tokenValidityUnits()).isEqualTo(units("hours", "seconds", "days"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seconds", "minutes", "hours", "days"})
    void keepsTheRefreshUnitWhenARefreshValidityWasSent(String unit) {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .refreshTokenValidity(3600)
                  .tokenValidityUnits(units(null, null, unit)));

      assertThat(client.refreshTokenValidity()).isEqualTo(3600);
      assertThat(client.tokenValidityUnits()).isEqualTo(units(null, null, unit));
    }

    @Test
    void doesNotAddARefreshUnitWhenNoneWasSent() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .refreshTokenValidity(0)
                  .tokenValidityUnits(units("minutes", null, null)));

      assertThat(client.tokenValidityUnits()).isEqualTo(units("minutes", null, null));
    }

    @Test
    void echoesPartialUnitsExactly() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .idTokenValidity(86400)
                  .tokenValidityUnits(units(null, "seconds", null)));

      assertThat(client.tokenValidityUnits()).isEqualTo(units(null, "seconds", null));
      assertThat(client.idTokenValidity()).contains(86400);
      assertThat(client.accessTokenValidity()).isEmpty();
    }

    @Test
    void unitsWithoutValuesLeaveAccessAndIdValidityAbsent() {
      UserPoolClient client =
          resolve(Fixtures.request().tokenValidityUnits(units("minutes", "minutes", "days")));

      assertThat(client.accessTokenValidity()).isEmpty();
      assertThat(client.idTokenValidity()).isEmpty();
      assertThat(client.refreshTokenValidity()).isEqualTo(30);
      assertThat(client.tokenValidityUnits()).isEqualTo(units("minutes", "minutes", "days"));
    }
  }

  @Nested
  final class Lists {

    @Test
    void identityProvidersComeBackInHashSetOrder() {
      assertThat(
              resolve(
                      Fixtures.request()
                          .supportedIdentityProviders(
                              ImmutableList.of("Google", "Facebook", "MyOIDC")))
                  .supportedIdentityProviders())
          .containsExactly("Google", "MyOIDC", "Facebook");
      assertThat(
              resolve(
                      Fixtures.request()
                          .supportedIdentityProviders(
                              ImmutableList.of("MySAML", "COGNITO", "Google")))
                  .supportedIdentityProviders())
          .containsExactly("Google", "COGNITO", "MySAML");
    }

    @Test
    void callbackAndLogoutUrlsComeBackInHashSetOrder() {
      ImmutableList<String> sent =
          ImmutableList.of(
              "https://www.amazon.com",
              "https://example.com",
              "http://localhost:8001",
              "myapp://example");
      ImmutableList<String> expected =
          ImmutableList.of(
              "https://example.com",
              "https://www.amazon.com",
              "myapp://example",
              "http://localhost:8001");

      UserPoolClient client = resolve(Fixtures.request().callbackURLs(sent).logoutURLs(sent));

      assertThat(client.callbackURLs()).containsExactlyElementsOf(expected);
      assertThat(client.logoutURLs()).containsExactlyElementsOf(expected);
    }

    @Test
    void readAndWriteAttributesComeBackInHashSetOrder() {
      ImmutableList<String> sent =
          ImmutableList.of("email", "phone_number", "email_verified", "phone_number_verified");
      ImmutableList<String> expected =
          ImmutableList.of("email_verified", "phone_number_verified", "phone_number", "email");

      UserPoolClient client =
          resolve(Fixtures.request().readAttributes(sent).writeAttributes(sent));

      assertThat(client.readAttributes()).containsExactlyElementsOf(expected);
      assertThat(client.writeAttributes()).containsExactlyElementsOf(expected);
    }

    @Test
    void explicitAuthFlowsComeBackInHashSetOrder() {
      assertThat(
              resolve(
                      Fixtures.request()
                          .explicitAuthFlowsAsStrings(
                              ImmutableList.of(
                                  "ALLOW_USER_SRP_AUTH",
                                  "ALLOW_REFRESH_TOKEN_AUTH",
                                  "ALLOW_CUSTOM_AUTH")))
                  .explicitAuthFlowsAsStrings())
          .containsExactly("ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
      // EAF-05: legacy names are echoed as they are, nothing added.
      assertThat(
              resolve(
                      Fixtures.request()
                          .explicitAuthFlowsAsStrings(
                              ImmutableList.of(
                                  "ADMIN_NO_SRP_AUTH",
                                  "CUSTOM_AUTH_FLOW_ONLY",
                                  "USER_PASSWORD_AUTH")))
                  .explicitAuthFlowsAsStrings())
          .containsExactly("ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "CUSTOM_AUTH_FLOW_ONLY");
    }

    @Test
    void oauthFlowsComeBackInHashSetOrder() {
      assertThat(
              resolve(
                      Fixtures.request()
                          .allowedOAuthFlowsAsStrings(ImmutableList.of("code", "implicit")))
                  .allowedOAuthFlowsAsStrings())
          .containsExactly("implicit", "code");
    }

    @Test
    void scopesComeBackSorted() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .allowedOAuthScopes(
                      ImmutableList.of(
                          "openid",
                          "profile",
                          "aws.cognito.signin.user.admin",
                          "solar-system-data/asteroids.add")));

      assertThat(client.allowedOAuthScopes())
          .containsExactly(
              "aws.cognito.signin.user.admin",
              "openid",
              "profile",
              "solar-system-data/asteroids.add");
    }

    @Test
    void duplicatesCollapseInEveryList() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .readAttributes(ImmutableList.of("email", "name", "email"))
                  .writeAttributes(ImmutableList.of("name", "name"))
                  .explicitAuthFlowsAsStrings(
                      ImmutableList.of(
                          "ALLOW_USER_SRP_AUTH",
                          "ALLOW_REFRESH_TOKEN_AUTH",
                          "ALLOW_USER_SRP_AUTH",
                          "ALLOW_REFRESH_TOKEN_AUTH"))
                  .supportedIdentityProviders(ImmutableList.of("COGNITO", "COGNITO"))
                  .callbackURLs(
                      ImmutableList.of("https://example.com/cb", "https://example.com/cb"))
                  .logoutURLs(
                      ImmutableList.of("https://example.com/out", "https://example.com/out"))
                  .allowedOAuthFlowsAsStrings(ImmutableList.of("code", "implicit", "code"))
                  .allowedOAuthScopes(ImmutableList.of("openid", "openid", "email")));

      assertThat(client.readAttributes()).containsExactly("name", "email");
      assertThat(client.writeAttributes()).containsExactly("name");
      assertThat(client.explicitAuthFlowsAsStrings())
          .containsExactly("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
      assertThat(client.supportedIdentityProviders()).containsExactly("COGNITO");
      assertThat(client.callbackURLs()).containsExactly("https://example.com/cb");
      assertThat(client.logoutURLs()).containsExactly("https://example.com/out");
      assertThat(client.allowedOAuthFlowsAsStrings()).containsExactly("implicit", "code");
      assertThat(client.allowedOAuthScopes()).containsExactly("email", "openid");
    }

    @Test
    void orderIsThatOfAHashSetOfTheListAsSentDuplicatesIncluded() {
      // 12 entries size the HashSet's table at 32 buckets; the 11 distinct ones alone at 16.
      ImmutableList<String> sent =
          ImmutableList.of(
              "address",
              "birthdate",
              "email",
              "family_name",
              "gender",
              "given_name",
              "locale",
              "middle_name",
              "name",
              "nickname",
              "phone_number",
              "address");
      List<String> ofDistinct = new ArrayList<>(new HashSet<>(new LinkedHashSet<>(sent)));
      ImmutableList<String> expected =
          ImmutableList.of(
              "address",
              "birthdate",
              "gender",
              "given_name",
              "locale",
              "middle_name",
              "name",
              "nickname",
              "phone_number",
              "family_name",
              "email");
      assertThat(expected).isNotEqualTo(ofDistinct);

      assertThat(resolve(Fixtures.request().readAttributes(sent)).readAttributes())
          .containsExactlyElementsOf(expected);
    }

    @Test
    void emptyListsStayEmpty() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .readAttributes(ImmutableList.of())
                  .writeAttributes(ImmutableList.of())
                  .explicitAuthFlowsAsStrings(ImmutableList.of())
                  .supportedIdentityProviders(ImmutableList.of())
                  .callbackURLs(ImmutableList.of())
                  .logoutURLs(ImmutableList.of())
                  .allowedOAuthFlowsAsStrings(ImmutableList.of())
                  .allowedOAuthScopes(ImmutableList.of()));

      for (Function<UserPoolClient, ImmutableList<String>> list :
          List.<Function<UserPoolClient, ImmutableList<String>>>of(
              UserPoolClient::readAttributes,
              UserPoolClient::writeAttributes,
              UserPoolClient::explicitAuthFlowsAsStrings,
              UserPoolClient::supportedIdentityProviders,
              UserPoolClient::callbackURLs,
              UserPoolClient::logoutURLs,
              UserPoolClient::allowedOAuthFlowsAsStrings,
              UserPoolClient::allowedOAuthScopes)) {
        assertThat(list.apply(client)).isEmpty();
      }
    }

    @Test
    void echoesTheDefaultRedirectUri() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .callbackURLs(
                      ImmutableList.of("https://example.com/callback", "http://localhost:3000/cb"))
                  .defaultRedirectURI("https://example.com/callback"));

      assertThat(client.defaultRedirectURI()).contains("https://example.com/callback");
    }
  }

  @Nested
  final class Analytics {

    private static final String APPLICATION_ARN =
        "arn:aws:mobiletargeting:us-east-1:210987654321:apps/0123456789abcdef0123456789abcdef";

    @Test
    void applicationArnGetsTheServiceLinkedRoleOfThePoolAccount() {
      UserPoolContext pool = Fixtures.pool().accountId("210987654321").build();

      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .analyticsConfiguration(
                      AnalyticsConfiguration.builder().applicationArn(APPLICATION_ARN).build())
                  .build(),
              pool);

      assertThat(client.analyticsConfiguration())
          .contains(
              AnalyticsConfiguration.builder()
                  .applicationArn(APPLICATION_ARN)
                  .roleArn(
                      "arn:aws:iam::210987654321:role/aws-service-role/cognito-idp.amazonaws.com/"
                          + "AWSServiceRoleForAmazonCognitoIdp")
                  .userDataShared(false)
                  .build());
    }

    @Test
    void applicationArnUsesTheDefaultAccountAndEchoesUserDataShared() {
      UserPoolClient client =
          resolve(
              Fixtures.request()
                  .analyticsConfiguration(
                      AnalyticsConfiguration.builder()
                          .applicationArn(APPLICATION_ARN)
                          .userDataShared(true)
                          .build()));

      assertThat(client.analyticsConfiguration())
          .contains(
              AnalyticsConfiguration.builder()
                  .applicationArn(APPLICATION_ARN)
                  .roleArn(
                      "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/"
                          + "AWSServiceRoleForAmazonCognitoIdp")
                  .userDataShared(true)
                  .build());
    }

    @Test
    void applicationIdFormIsEchoedWithUserDataSharedFalseByDefault() {
      AnalyticsConfiguration sent =
          AnalyticsConfiguration.builder()
              .applicationId("0123456789abcdef0123456789abcdef")
              .roleArn("arn:aws:iam::123456789012:role/CognitoPinpointRole")
              .externalId("my-external-id")
              .build();

      UserPoolClient client =
          resolve(
              Fixtures.request().analyticsConfiguration(sent).build(),
              Fixtures.pool().accountId("210987654321").build());

      assertThat(client.analyticsConfiguration()).contains(sent.withUserDataShared(false));
    }

    @Test
    void applicationIdFormEchoesUserDataSharedTrue() {
      AnalyticsConfiguration sent =
          AnalyticsConfiguration.builder()
              .applicationId("0123456789abcdef0123456789abcdef")
              .roleArn("arn:aws:iam::123456789012:role/CognitoPinpointRole")
              .externalId("my-external-id")
              .userDataShared(true)
              .build();

      assertThat(resolve(Fixtures.request().analyticsConfiguration(sent)).analyticsConfiguration())
          .contains(sent);
    }
  }

  @Nested
  final class PreventUserExistenceErrors {

    @ParameterizedTest
    @ValueSource(strings = {"LEGACY", "ENABLED"})
    void echoesAnExplicitValue(String value) {
      assertThat(
              resolve(Fixtures.request().preventUserExistenceErrorsAsString(value))
                  .preventUserExistenceErrorsAsString())
          .contains(value);
    }
  }

  @Nested
  final class Rotation {

    private UserPoolClient withRotation(RefreshTokenRotation rotation) {
      return resolve(Fixtures.request().refreshTokenRotation(rotation));
    }

    @Test
    void enabledWithoutGraceGetsGraceZero() {
      assertThat(
              withRotation(RefreshTokenRotation.builder().featureAsString("ENABLED").build())
                  .refreshTokenRotation())
          .isEqualTo(
              RefreshTokenRotation.builder()
                  .featureAsString("ENABLED")
                  .retryGracePeriodSeconds(0)
                  .build());
    }

    @Test
    void disabledWithoutGraceGetsGraceZero() {
      assertThat(
              withRotation(RefreshTokenRotation.builder().featureAsString("DISABLED").build())
                  .refreshTokenRotation())
          .isEqualTo(
              RefreshTokenRotation.builder()
                  .featureAsString("DISABLED")
                  .retryGracePeriodSeconds(0)
                  .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENABLED", "DISABLED"})
    void echoesFeatureAndGraceAsSent(String feature) {
      RefreshTokenRotation sent =
          RefreshTokenRotation.builder()
              .featureAsString(feature)
              .retryGracePeriodSeconds(60)
              .build();

      assertThat(withRotation(sent).refreshTokenRotation()).isEqualTo(sent);
    }
  }

  @Nested
  final class Preconditions {

    @Test
    void rejectsARequestWithoutUserPoolId() {
      CreateUserPoolClientRequest request =
          CreateUserPoolClientRequest.builder().clientName("web").build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> resolve(request, Fixtures.pool().build()))
          .withMessage("UserPoolId is required (the request did not pass the rules)");
    }

    @Test
    void rejectsARequestWithoutClientName() {
      CreateUserPoolClientRequest request =
          CreateUserPoolClientRequest.builder().userPoolId(Fixtures.POOL_ID).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> resolve(request, Fixtures.pool().build()))
          .withMessage("ClientName is required (the request did not pass the rules)");
    }

    @Test
    void rejectsAnUpdateThatDoesNotNameTheStoredClientOfThePool() {
      io.github.poolclient.model.UserPoolClient stored = Fixtures.client().build();
      io.github.poolclient.model.UpdateUserPoolClientRequest named =
          io.github.poolclient.model.UpdateUserPoolClientRequest.builder()
              .userPoolId(stored.userPoolId())
              .clientId(stored.clientId())
              .build();
      UserPoolContext pool = Fixtures.pool().build();
      String message = "the request does not name the stored client of this pool (RNF-01, RNF-02)";

      assertThat(DefaultsResolver.resolveUpdate(named, pool, stored, Fixtures.NOW).clientId())
          .isEqualTo(stored.clientId());
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  DefaultsResolver.resolveUpdate(
                      named.withUserPoolId("us-east-1_Other0001"), pool, stored, Fixtures.NOW))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  DefaultsResolver.resolveUpdate(
                      named.withClientId("other"), pool, stored, Fixtures.NOW))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  DefaultsResolver.resolveUpdate(
                      named, pool.withId("us-east-1_Other0001"), stored, Fixtures.NOW))
          .withMessage(message);
    }

    @Test
    void rejectsAPoolWithAnotherId() {
      UserPoolContext other = UserPoolContext.builder().id("eu-west-1_Other").build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> resolve(Fixtures.request().build(), other))
          .withMessage("UserPoolId does not name the pool (RNF-01)");
    }

    @Test
    void rejectsARotationBlockWithoutFeature() {
      CreateUserPoolClientRequest request =
          Fixtures.request()
              .refreshTokenRotation(
                  RefreshTokenRotation.builder().retryGracePeriodSeconds(5).build())
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> resolve(request, Fixtures.pool().build()))
          .withMessage(
              "RefreshTokenRotation.Feature is required (the request did not pass the rules)");
    }

    @Test
    void rejectsAGeneratedSecretNextToACustomSecretWithoutNamingEither() {
      CreateUserPoolClientRequest request =
          Fixtures.request().generateSecret(true).clientSecret("abcdefghijklmnopqrstuvwx").build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> resolve(request, Fixtures.pool().build()))
          .withMessage("GenerateSecret true and a ClientSecret cannot be combined (CS-02)")
          .withMessageNotContaining("abcdefghijklmnopqrstuvwx")
          .withMessageNotContaining(GENERATED_SECRET);
    }

    @Test
    void rejectsAGeneratedSecretWhenGenerateSecretIsNotTrue() {
      CreateUserPoolClientRequest request = Fixtures.request().generateSecret(false).build();

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  DefaultsResolver.resolve(
                      request,
                      Fixtures.pool().build(),
                      CLIENT_ID,
                      Optional.of(GENERATED_SECRET),
                      NOW))
          .withMessage(
              "a generated secret must be given exactly when GenerateSecret is true (CS-01)");
    }

    @Test
    void rejectsAMissingGeneratedSecretWhenGenerateSecretIsTrue() {
      CreateUserPoolClientRequest request = Fixtures.request().generateSecret(true).build();

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  DefaultsResolver.resolve(
                      request, Fixtures.pool().build(), CLIENT_ID, Optional.empty(), NOW))
          .withMessage(
              "a generated secret must be given exactly when GenerateSecret is true (CS-01)");
    }
  }
}
