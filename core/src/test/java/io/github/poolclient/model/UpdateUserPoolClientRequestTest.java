package io.github.poolclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class UpdateUserPoolClientRequestTest {

  private static final String APP_ARN =
      "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef";

  private final UserPoolClientFactory factory =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(7))
          .build();

  private final UserPoolContext pool =
      Fixtures.pool()
          .addSchemaAttributes(SchemaAttribute.of("custom:tenant"))
          .addIdentityProviders("Google")
          .addResourceServers(
              ResourceServer.of("https://api.example.com", ImmutableList.of("read")))
          .build();

  /** Returns a client with every setting away from its default. */
  private UserPoolClient richClient() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .userPoolId(Fixtures.POOL_ID)
            .clientName("rich")
            .generateSecret(true)
            .refreshTokenValidity(10)
            .accessTokenValidity(30)
            .idTokenValidity(2)
            .tokenValidityUnits(
                u ->
                    u.accessToken(TimeUnitsType.MINUTES)
                        .idToken(TimeUnitsType.HOURS)
                        .refreshToken(TimeUnitsType.DAYS))
            .readAttributes("email", "name", "custom:tenant")
            .writeAttributes("name", "custom:tenant")
            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)
            .supportedIdentityProviders("COGNITO", "Google")
            .callbackURLs("https://app.example.com/cb", "http://localhost:3000/cb")
            .logoutURLs("https://app.example.com/out")
            .defaultRedirectURI("https://app.example.com/cb")
            .allowedOAuthFlows(OAuthFlowType.CODE)
            .allowedOAuthScopes("openid", "email", "https://api.example.com/read")
            .allowedOAuthFlowsUserPoolClient(true)
            .analyticsConfiguration(a -> a.applicationArn(APP_ARN).userDataShared(true))
            .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
            .enableTokenRevocation(false)
            .enablePropagateAdditionalUserContextData(true)
            .authSessionValidity(10)
            .refreshTokenRotation(r -> r.feature(FeatureType.ENABLED).retryGracePeriodSeconds(10))
            .build();
    return factory.create(request, pool).userPoolClient();
  }

  @Test
  void carriesEverySettingOfARichClient() {
    UserPoolClient stored = richClient();

    UpdateUserPoolClientRequest update = UpdateUserPoolClientRequest.from(stored).build();

    assertThat(update.userPoolId()).contains(stored.userPoolId());
    assertThat(update.clientId()).contains(stored.clientId());
    assertThat(update.clientName()).contains("rich");
    assertThat(update.refreshTokenValidity()).contains(10);
    assertThat(update.accessTokenValidity()).contains(30);
    assertThat(update.idTokenValidity()).contains(2);
    assertThat(update.tokenValidityUnits()).contains(stored.tokenValidityUnits());
    assertThat(update.readAttributes()).contains(stored.readAttributes());
    assertThat(update.writeAttributes()).contains(stored.writeAttributes());
    assertThat(update.explicitAuthFlowsAsStrings()).contains(stored.explicitAuthFlowsAsStrings());
    assertThat(update.supportedIdentityProviders()).contains(stored.supportedIdentityProviders());
    assertThat(update.callbackURLs()).contains(stored.callbackURLs());
    assertThat(update.logoutURLs()).contains(stored.logoutURLs());
    assertThat(update.defaultRedirectURI()).contains("https://app.example.com/cb");
    assertThat(update.allowedOAuthFlowsAsStrings()).contains(ImmutableList.of("code"));
    assertThat(update.allowedOAuthScopes()).contains(stored.allowedOAuthScopes());
    assertThat(update.allowedOAuthFlowsUserPoolClient()).contains(true);
    assertThat(update.preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.ENABLED);
    assertThat(update.enableTokenRevocation()).contains(false);
    assertThat(update.enablePropagateAdditionalUserContextData()).contains(true);
    assertThat(update.authSessionValidity()).contains(10);
    assertThat(update.refreshTokenRotation()).contains(stored.refreshTokenRotation());
    // The record's RoleArn is the service-linked role Cognito added (AN-01); a request sends the
    // ARN alone, or AN-03 would reject it.
    assertThat(stored.analyticsConfiguration().flatMap(AnalyticsConfiguration::roleArn))
        .isPresent();
    assertThat(update.analyticsConfiguration())
        .contains(
            AnalyticsConfiguration.builder().applicationArn(APP_ARN).userDataShared(true).build());
  }

  @Test
  void settingsOfTheUpdateRecreateTheSameClient() {
    // Update's resolver is Create's plus the kept members (catalogue 12.6), so the settings of
    // from(stored), created afresh, must give back the stored record: nothing is reset.
    UserPoolClient stored = richClient();
    UpdateUserPoolClientRequest update = UpdateUserPoolClientRequest.from(stored).build();

    CreateUserPoolClientRequest again =
        CreateUserPoolClientRequest.builder().from(update).generateSecret(true).build();
    assertThat(factory.validate(again, pool)).isEmpty();
    UserPoolClient recreated = factory.create(again, pool).userPoolClient();

    assertThat(recreated.withClientId(stored.clientId()).withClientSecret(stored.clientSecret()))
        .isEqualTo(stored);
  }

  @Test
  void changesOnlyWhatTheCallerSets() {
    UserPoolClient stored = richClient();

    UpdateUserPoolClientRequest update =
        UpdateUserPoolClientRequest.from(stored).logoutURLs("https://app.example.com/bye").build();

    assertThat(update.logoutURLs()).contains(ImmutableList.of("https://app.example.com/bye"));
    assertThat(update.withLogoutURLs(ImmutableList.copyOf(stored.logoutURLs())))
        .isEqualTo(UpdateUserPoolClientRequest.from(stored).build());
  }

  @Test
  void leavesTheListsAClientDoesNotHaveAbsent() {
    UserPoolClient stored = Fixtures.client().build();

    UpdateUserPoolClientRequest update = UpdateUserPoolClientRequest.from(stored).build();

    assertThat(update.readAttributes()).isEmpty();
    assertThat(update.writeAttributes()).isEmpty();
    assertThat(update.explicitAuthFlowsAsStrings()).isEmpty();
    assertThat(update.supportedIdentityProviders()).isEmpty();
    assertThat(update.callbackURLs()).isEmpty();
    assertThat(update.logoutURLs()).isEmpty();
    assertThat(update.allowedOAuthFlowsAsStrings()).isEmpty();
    assertThat(update.allowedOAuthScopes()).isEmpty();
    assertThat(update.defaultRedirectURI()).isEmpty();
    assertThat(update.analyticsConfiguration()).isEmpty();
    assertThat(update.accessTokenValidity()).isEmpty();
    assertThat(update.idTokenValidity()).isEmpty();
    assertThat(update.preventUserExistenceErrorsAsString()).isEmpty();
    assertThat(update.refreshTokenValidity()).contains(30);
    assertThat(update.enableTokenRevocation()).contains(true);
    assertThat(update.allowedOAuthFlowsUserPoolClient()).contains(false);
  }

  @Test
  void keepsAnIdBasedAnalyticsConfigurationWhole() {
    AnalyticsConfiguration analytics =
        AnalyticsConfiguration.builder()
            .applicationId("0123456789abcdef0123456789abcdef")
            .roleArn("arn:aws:iam::123456789012:role/pinpoint")
            .externalId("ext")
            .userDataShared(false)
            .build();
    UserPoolClient stored = Fixtures.client().analyticsConfiguration(analytics).build();

    assertThat(UpdateUserPoolClientRequest.from(stored).build().analyticsConfiguration())
        .contains(analytics);
  }
}
