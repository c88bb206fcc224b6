package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.wire.WireFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's Java examples, so that they stay true to the code. */
final class ReadmeExamplesTest {

  private final UserPoolClientFactory factory = UserPoolClientFactory.builder().build();

  private final UserPoolContext pool =
      UserPoolContext.builder()
          .id("us-east-1_Example01")
          .addResourceServers(ResourceServer.of("https://api.example.com", List.of("read")))
          .build();

  private final CreateUserPoolClientRequest request =
      CreateUserPoolClientRequest.builder()
          .userPoolId("us-east-1_Example01")
          .clientName("m2m")
          .generateSecret(true)
          .allowedOAuthFlowsUserPoolClient(true)
          .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
          .allowedOAuthScopes("https://api.example.com/read")
          .build();

  @Test
  void javaExampleCreatesTheMachineToMachineClient() {
    UserPoolClient client = factory.create(request, pool).userPoolClient();
    assertThat(client.clientId()).matches("[0-9a-v]{26}");
    assertThat(client.refreshTokenValidity()).isEqualTo(30);
    assertThat(client.clientSecret()).hasValueSatisfying(s -> assertThat(s).hasSize(52));
  }

  @Test
  void updateExampleShowsTheResetsAndTheSafeUpdateKeepsEverything() {
    UserPoolClient stored =
        factory
            .create(
                CreateUserPoolClientRequest.builder()
                    .userPoolId("us-east-1_Example01")
                    .clientName("web")
                    .allowedOAuthFlowsUserPoolClient(true)
                    .allowedOAuthFlows(OAuthFlowType.CODE)
                    .allowedOAuthScopes("openid")
                    .callbackURLs("https://app.example.com/callback")
                    .build(),
                pool)
            .userPoolClient();
    UpdateUserPoolClientRequest rename =
        UpdateUserPoolClientRequest.builder()
            .userPoolId(stored.userPoolId())
            .clientId(stored.clientId())
            .clientName("web-2026")
            .build();
    assertThat(factory.resets(rename, pool, stored).resets())
        .extracting(reset -> reset.wireName() + ": " + reset.oldValue() + " -> " + reset.newValue())
        .contains("CallbackURLs: [https://app.example.com/callback] -> []");

    UpdateUserPoolClientRequest safe =
        UpdateUserPoolClientRequest.from(stored).clientName("web-2026").build();
    assertThat(factory.resets(safe, pool, stored).isEmpty()).isTrue();
    UserPoolClient updated =
        factory
            .update(safe, UserPoolLookup.of(pool), UserPoolClientLookup.of(List.of(stored)))
            .userPoolClient();
    assertThat(updated.clientName()).isEqualTo("web-2026");
    assertThat(updated.callbackURLs()).containsExactly("https://app.example.com/callback");
    assertThat(updated.creationDate()).isEqualTo(stored.creationDate());
  }

  @Test
  void javaExampleValidationPrintsTheOa05Line() {
    List<String> lines =
        factory.validate(request.withGenerateSecret(false), pool).stream()
            .map(ReadmeExamplesTest::line)
            .collect(Collectors.toList());
    assertThat(lines)
        .containsExactly(
            "OA-05 allowedOAuthFlows InvalidOAuthFlowException: client_credentials flow can not be"
                + " selected if client does not have a client secret.");
  }

  @Test
  void singlePageAppExampleIsValidInAPoolWithoutResourceServers() {
    CreateUserPoolClientRequest spa =
        CreateUserPoolClientRequest.builder()
            .userPoolId("us-east-1_Example01")
            .clientName("spa")
            .explicitAuthFlows(
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
            .allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlows(OAuthFlowType.CODE)
            .allowedOAuthScopes("openid", "email")
            .callbackURLs(List.of("http://localhost:3000/callback", "https://app.example.com/cb"))
            .supportedIdentityProviders("COGNITO")
            .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken("minutes"))
            .accessTokenValidity(60)
            .idTokenValidity(60)
            .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
            .build();
    UserPoolContext noResourceServers = UserPoolContext.builder().id("us-east-1_Example01").build();

    assertThat(factory.validate(spa, noResourceServers)).isEmpty();
    UserPoolClient client = factory.create(spa, noResourceServers).userPoolClient();
    assertThat(client.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
    assertThat(client.tokenValidityUnits().accessToken()).contains(TimeUnitsType.MINUTES);
    assertThat(client.tokenValidityUnits().idTokenAsString()).contains("minutes");
  }

  @Test
  void updateExampleStartsFromEverySettingOfTheStoredClient() {
    UserPoolClient stored = factory.create(request, pool).userPoolClient();

    UpdateUserPoolClientRequest update =
        UpdateUserPoolClientRequest.from(stored) // every setting
            .callbackURLs("https://app.example.com/cb", "https://app.example.com/cb2")
            .build();

    assertThat(update.clientId()).contains(stored.clientId());
    assertThat(update.allowedOAuthFlows()).containsExactly(OAuthFlowType.CLIENT_CREDENTIALS);
    assertThat(update.allowedOAuthScopes())
        .contains(ImmutableList.of("https://api.example.com/read"));
    assertThat(update.callbackURLs())
        .contains(ImmutableList.of("https://app.example.com/cb", "https://app.example.com/cb2"));
  }

  @Test
  void wireExampleAnswersWithTheRecordOrTheErrorBody() {
    UserPoolLookup myPools = UserPoolLookup.of(pool);
    Map<String, Object> ok = handle(WireFormat.write(request), myPools);
    assertThat(ok).containsOnlyKeys("UserPoolClient");
    Map<String, Object> error =
        handle(Map.of("UserPoolId", "us-east-1_Example01", "ClientName", 7), myPools);
    assertThat(error)
        .containsExactly(
            Map.entry("__type", "SerializationException"),
            Map.entry("message", "Unexpected value type for member 'ClientName': expected string"));
  }

  private Map<String, Object> handle(Map<String, ?> body, UserPoolLookup myPools) {
    try {
      CreateUserPoolClientRequest parsed = WireFormat.readCreateUserPoolClientRequest(body);
      CreateUserPoolClientResponse response = factory.create(parsed, myPools);
      return WireFormat.write(response);
    } catch (CognitoException e) {
      return WireFormat.write(e);
    }
  }

  private static String line(Violation v) {
    return v.ruleId() + " " + v.field() + " " + v.errorType().wireName() + ": " + v.message();
  }
}
