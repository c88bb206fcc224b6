package io.github.poolclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Writes both requests the way an AWS SDK for Java v2 user would: {@code List.of}, varargs and
 * typed enums for every list and enum member, {@code Consumer}s for the structures.
 */
final class RequestBuildersTest {

  private static final String POOL = "us-east-1_Example01";

  @Test
  void createRequestTakesCollectionsForEveryListMember() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .userPoolId(POOL)
            .clientName("web")
            .readAttributes(List.of("email", "name"))
            .writeAttributes(List.of("name"))
            .supportedIdentityProviders(List.of("COGNITO"))
            .callbackURLs(List.of("https://app.example.com/cb"))
            .logoutURLs(List.of("https://app.example.com/out"))
            .allowedOAuthScopes(Set.of("openid"))
            .explicitAuthFlows(List.of(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .allowedOAuthFlows(List.of(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT))
            .build();

    assertThat(request.readAttributes()).contains(ImmutableList.of("email", "name"));
    assertThat(request.writeAttributes()).contains(ImmutableList.of("name"));
    assertThat(request.supportedIdentityProviders()).contains(ImmutableList.of("COGNITO"));
    assertThat(request.callbackURLs()).contains(ImmutableList.of("https://app.example.com/cb"));
    assertThat(request.logoutURLs()).contains(ImmutableList.of("https://app.example.com/out"));
    assertThat(request.allowedOAuthScopes()).contains(ImmutableList.of("openid"));
    assertThat(request.explicitAuthFlowsAsStrings())
        .contains(ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH"));
    assertThat(request.allowedOAuthFlowsAsStrings()).contains(ImmutableList.of("code", "implicit"));
  }

  @Test
  void createRequestTakesVarargsAndTypedEnumsForEveryListAndEnumMember() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .userPoolId(POOL)
            .clientName("web")
            .readAttributes("email", "name")
            .writeAttributes("name")
            .supportedIdentityProviders("COGNITO", "Google")
            .callbackURLs("https://a.example.com/cb", "https://b.example.com/cb")
            .logoutURLs("https://a.example.com/out")
            .allowedOAuthScopes("openid", "email")
            .explicitAuthFlows(
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
            .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
            .tokenValidityUnits(
                u ->
                    u.accessToken(TimeUnitsType.MINUTES)
                        .idToken(TimeUnitsType.HOURS)
                        .refreshToken(TimeUnitsType.DAYS))
            .refreshTokenRotation(r -> r.feature(FeatureType.ENABLED).retryGracePeriodSeconds(10))
            .analyticsConfiguration(a -> a.applicationArn("arn:aws:mobiletargeting:x"))
            .build();

    assertThat(request.readAttributes()).contains(ImmutableList.of("email", "name"));
    assertThat(request.writeAttributes()).contains(ImmutableList.of("name"));
    assertThat(request.supportedIdentityProviders())
        .contains(ImmutableList.of("COGNITO", "Google"));
    assertThat(request.callbackURLs())
        .contains(ImmutableList.of("https://a.example.com/cb", "https://b.example.com/cb"));
    assertThat(request.logoutURLs()).contains(ImmutableList.of("https://a.example.com/out"));
    assertThat(request.allowedOAuthScopes()).contains(ImmutableList.of("openid", "email"));
    assertThat(request.explicitAuthFlows())
        .containsExactly(
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(request.allowedOAuthFlowsAsStrings())
        .contains(ImmutableList.of("client_credentials"));
    assertThat(request.preventUserExistenceErrorsAsString()).contains("ENABLED");
    assertThat(request.tokenValidityUnits())
        .contains(
            TokenValidityUnits.builder()
                .accessTokenAsString("minutes")
                .idTokenAsString("hours")
                .refreshTokenAsString("days")
                .build());
    assertThat(request.refreshTokenRotation())
        .contains(
            RefreshTokenRotation.builder()
                .featureAsString("ENABLED")
                .retryGracePeriodSeconds(10)
                .build());
    assertThat(request.analyticsConfiguration().flatMap(AnalyticsConfiguration::applicationArn))
        .contains("arn:aws:mobiletargeting:x");
  }

  @Test
  void updateRequestTakesTheSameSettersAsCreate() {
    UpdateUserPoolClientRequest request =
        UpdateUserPoolClientRequest.builder()
            .userPoolId(POOL)
            .clientId("4ssm8oh504j4q146ic4hogbo2s")
            .readAttributes(List.of("email"))
            .writeAttributes("email")
            .supportedIdentityProviders(List.of("COGNITO"))
            .callbackURLs("https://app.example.com/cb")
            .logoutURLs(List.of("https://app.example.com/out"))
            .allowedOAuthScopes("openid")
            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
            .allowedOAuthFlows(List.of(OAuthFlowType.CODE))
            .preventUserExistenceErrors("LEGACY")
            .tokenValidityUnits(u -> u.accessToken("minutes"))
            .refreshTokenRotation(r -> r.feature("DISABLED"))
            .build();

    assertThat(request.readAttributes()).contains(ImmutableList.of("email"));
    assertThat(request.writeAttributes()).contains(ImmutableList.of("email"));
    assertThat(request.supportedIdentityProviders()).contains(ImmutableList.of("COGNITO"));
    assertThat(request.callbackURLs()).contains(ImmutableList.of("https://app.example.com/cb"));
    assertThat(request.logoutURLs()).contains(ImmutableList.of("https://app.example.com/out"));
    assertThat(request.allowedOAuthScopes()).contains(ImmutableList.of("openid"));
    assertThat(request.explicitAuthFlows())
        .containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(request.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
    assertThat(request.preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.LEGACY);
    assertThat(request.tokenValidityUnits().flatMap(TokenValidityUnits::accessToken))
        .contains(TimeUnitsType.MINUTES);
    assertThat(request.refreshTokenRotation().flatMap(RefreshTokenRotation::feature))
        .contains(FeatureType.DISABLED);
  }

  @Test
  void withStringsSettersKeepValuesPoolclientDoesNotKnow() {
    UpdateUserPoolClientRequest request =
        UpdateUserPoolClientRequest.builder()
            .explicitAuthFlowsWithStrings("ALLOW_SOMETHING_NEW", "ALLOW_REFRESH_TOKEN_AUTH")
            .allowedOAuthFlowsWithStrings(List.of("token"))
            .preventUserExistenceErrors("enabled")
            .tokenValidityUnits(u -> u.idToken("weeks"))
            .build();
    CreateUserPoolClientRequest create =
        CreateUserPoolClientRequest.builder()
            .explicitAuthFlowsWithStrings(List.of("bogus"))
            .allowedOAuthFlowsWithStrings("code", "CODE")
            .build();

    assertThat(request.explicitAuthFlowsAsStrings())
        .contains(ImmutableList.of("ALLOW_SOMETHING_NEW", "ALLOW_REFRESH_TOKEN_AUTH"));
    assertThat(request.explicitAuthFlows())
        .containsExactly(
            ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(request.allowedOAuthFlows()).containsExactly(OAuthFlowType.UNKNOWN_TO_SDK_VERSION);
    assertThat(request.preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.UNKNOWN_TO_SDK_VERSION);
    assertThat(request.tokenValidityUnits().flatMap(TokenValidityUnits::idTokenAsString))
        .contains("weeks");
    assertThat(create.explicitAuthFlowsAsStrings()).contains(ImmutableList.of("bogus"));
    assertThat(create.allowedOAuthFlowsAsStrings()).contains(ImmutableList.of("code", "CODE"));
  }

  @Test
  void emptyCollectionsAndNoVarargsArePresentAndEmptyNotAbsent() {
    CreateUserPoolClientRequest empty =
        CreateUserPoolClientRequest.builder()
            .callbackURLs(List.of())
            .logoutURLs()
            .explicitAuthFlows()
            .allowedOAuthFlows(List.of())
            .build();
    CreateUserPoolClientRequest absent = CreateUserPoolClientRequest.builder().build();

    assertThat(empty.callbackURLs()).contains(ImmutableList.of());
    assertThat(empty.logoutURLs()).contains(ImmutableList.of());
    assertThat(empty.explicitAuthFlowsAsStrings()).contains(ImmutableList.of());
    assertThat(empty.allowedOAuthFlowsAsStrings()).contains(ImmutableList.of());
    assertThat(absent.callbackURLs()).isEmpty();
    assertThat(absent.explicitAuthFlowsAsStrings()).isEmpty();
    assertThat(empty).isNotEqualTo(absent);
  }

  @Test
  void existingRawSettersStillWork() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
            .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH"))
            .callbackURLs(ImmutableList.of("https://a.example.com/cb"))
            .callbackURLs(Optional.of(ImmutableList.of("https://b.example.com/cb")))
            .preventUserExistenceErrorsAsString("LEGACY")
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .build();

    assertThat(request.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
    assertThat(request.explicitAuthFlows())
        .containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(request.callbackURLs()).contains(ImmutableList.of("https://b.example.com/cb"));
    assertThat(request.preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.LEGACY);
  }

  @Test
  void aStructureBuiltByAConsumerStartsEmpty() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .tokenValidityUnits(u -> {})
            .refreshTokenRotation(r -> {})
            .analyticsConfiguration(a -> {})
            .build();

    assertThat(request.tokenValidityUnits()).contains(TokenValidityUnits.builder().build());
    assertThat(request.refreshTokenRotation()).contains(RefreshTokenRotation.builder().build());
    assertThat(request.analyticsConfiguration()).contains(AnalyticsConfiguration.builder().build());
  }

  @Test
  void everySetterRejectsNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(CreateUserPoolClientRequest.builder());
    tester.testAllPublicInstanceMethods(UpdateUserPoolClientRequest.builder());
    tester.testAllPublicInstanceMethods(TokenValidityUnits.builder());
    tester.testAllPublicInstanceMethods(RefreshTokenRotation.builder());
    tester.testAllPublicInstanceMethods(AnalyticsConfiguration.builder());
    tester.testAllPublicStaticMethods(AbstractUpdateUserPoolClientRequest.class);
  }
}
