package io.github.poolclient.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpServer;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.wire.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Proves the embedding with AWS's own client: the AWS SDK for Java v2 talks to a {@link
 * UserPoolClientService} mounted on a loopback {@link HttpServer} by the README's glue ({@link
 * EmulatorServer}), and every answer parses into the SDK's model, every error into the SDK's own
 * exception class with the exact message. No network beyond 127.0.0.1.
 */
final class AwsSdkEmbeddingTest {

  private static final String POOL = "us-east-1_Example01";
  private static final String LITE_POOL = "us-east-1_Lite0001";
  private static final String SMALL_POOL = "us-east-1_Small001";
  private static final String API = "https://api.example.com";
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(CREATED);
  private final InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.create();
  private HttpServer server;
  private CognitoIdentityProviderClient cognito;

  @BeforeEach
  void startServer() throws IOException {
    UserPoolLookup pools =
        UserPoolLookup.of(
            WireFormat.readUserPoolContext(
                ImmutableMap.of(
                    "Id",
                    POOL,
                    "ResourceServers",
                    ImmutableList.of(
                        ImmutableMap.of(
                            "Identifier",
                            API,
                            "Scopes",
                            ImmutableList.of(ImmutableMap.of("ScopeName", "read")))))),
            WireFormat.readUserPoolContext(
                ImmutableMap.of("Id", LITE_POOL, "UserPoolTier", "LITE")),
            WireFormat.readUserPoolContext(ImmutableMap.of("Id", SMALL_POOL, "ClientLimit", 1)));
    UserPoolClientService service =
        UserPoolClientService.builder()
            .factory(
                UserPoolClientFactory.builder()
                    .clock(clock)
                    .random(new SplittableRandom(8))
                    .build())
            .pools(pools)
            .store(store)
            .build();
    server = EmulatorServer.start(service);
    cognito =
        CognitoIdentityProviderClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDPOOLCLIENTTEST", "not-a-real-secret")))
            .httpClient(UrlConnectionHttpClient.create())
            // One attempt: a retried call would hide which answer the SDK parsed.
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
  }

  @AfterEach
  void stopServer() {
    cognito.close();
    server.stop(0);
  }

  @Test
  void createdClientParsesIntoTheSdkModelWithTheValuesSent() {
    UserPoolClientType created = cognito.createUserPoolClient(webClient()).userPoolClient();

    assertThat(created.clientId()).matches("[0-9a-v]{26}");
    assertThat(created.userPoolId()).isEqualTo(POOL);
    assertThat(created.clientName()).isEqualTo("web");
    assertThat(created.clientSecret()).matches("[0-9a-v]{52}");
    assertThat(created.creationDate()).isEqualTo(CREATED);
    assertThat(created.lastModifiedDate()).isEqualTo(CREATED);
    assertThat(created.accessTokenValidity()).isEqualTo(60);
    assertThat(created.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
    assertThat(created.refreshTokenValidity()).isEqualTo(30);
    assertThat(created.explicitAuthFlows())
        .containsExactlyInAnyOrder(
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(created.allowedOAuthFlowsUserPoolClient()).isTrue();
    assertThat(created.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
    assertThat(created.allowedOAuthScopes())
        .containsExactly(API + "/read", "openid"); // sorted (OA-13)
    assertThat(created.callbackURLs()).containsExactly("https://app.example.com/cb");
    assertThat(created.enableTokenRevocation()).isTrue();
    assertThat(created.authSessionValidity()).isEqualTo(3);
    assertThat(created.refreshTokenRotation().feature()).isEqualTo(FeatureType.DISABLED);
    assertThat(created.hasReadAttributes()).isFalse();
    assertThat(store.find(POOL, created.clientId())).isPresent();
  }

  @Test
  void describeReturnsTheStoredClientSecretIncluded() {
    UserPoolClientType created = cognito.createUserPoolClient(webClient()).userPoolClient();

    UserPoolClientType described =
        cognito
            .describeUserPoolClient(r -> r.userPoolId(POOL).clientId(created.clientId()))
            .userPoolClient();

    assertThat(described).isEqualTo(created);
  }

  @Test
  void updateReplacesTheConfigurationAndResetsOmittedMembers() {
    UserPoolClientType created = cognito.createUserPoolClient(webClient()).userPoolClient();
    clock.advance(Duration.ofHours(1));

    UserPoolClientType updated =
        cognito
            .updateUserPoolClient(
                r -> r.userPoolId(POOL).clientId(created.clientId()).idTokenValidity(2))
            .userPoolClient();

    assertThat(updated.clientId()).isEqualTo(created.clientId());
    assertThat(updated.clientName()).isEqualTo("web"); // kept when omitted (UPD-02)
    assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
    assertThat(updated.creationDate()).isEqualTo(CREATED);
    assertThat(updated.lastModifiedDate()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
    assertThat(updated.idTokenValidity()).isEqualTo(2);
    // Omitted, so reset to the Create defaults (UPD-01): the pitfall the SDK user walks into.
    assertThat(updated.accessTokenValidity()).isNull();
    assertThat(updated.tokenValidityUnits().accessToken()).isNull();
    assertThat(updated.hasExplicitAuthFlows()).isFalse();
    assertThat(updated.hasCallbackURLs()).isFalse();
    assertThat(updated.hasAllowedOAuthScopes()).isFalse();
    assertThat(updated.allowedOAuthFlowsUserPoolClient()).isFalse();
    assertThat(
            cognito
                .describeUserPoolClient(r -> r.userPoolId(POOL).clientId(created.clientId()))
                .userPoolClient())
        .isEqualTo(updated);
  }

  @Test
  void listPagesOldestFirstWithANextToken() {
    List<String> ids = new java.util.ArrayList<>();
    for (String name : List.of("one", "two", "three")) {
      ids.add(
          cognito
              .createUserPoolClient(r -> r.userPoolId(POOL).clientName(name))
              .userPoolClient()
              .clientId());
      clock.advance(Duration.ofSeconds(1));
    }

    ListUserPoolClientsResponse first =
        cognito.listUserPoolClients(r -> r.userPoolId(POOL).maxResults(2));
    assertThat(first.userPoolClients())
        .extracting(UserPoolClientDescription::clientId, UserPoolClientDescription::clientName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ids.get(0), "one"),
            org.assertj.core.groups.Tuple.tuple(ids.get(1), "two"));
    assertThat(first.userPoolClients()).allSatisfy(d -> assertThat(d.userPoolId()).isEqualTo(POOL));
    assertThat(first.nextToken()).isNotEmpty();

    ListUserPoolClientsResponse second =
        cognito.listUserPoolClients(
            r -> r.userPoolId(POOL).maxResults(2).nextToken(first.nextToken()));
    assertThat(second.userPoolClients())
        .extracting(UserPoolClientDescription::clientName)
        .containsExactly("three");
    assertThat(second.nextToken()).isNull();

    List<String> paged =
        cognito.listUserPoolClientsPaginator(r -> r.userPoolId(POOL).maxResults(1)).stream()
            .flatMap(page -> page.userPoolClients().stream())
            .map(UserPoolClientDescription::clientId)
            .collect(Collectors.toList());
    assertThat(paged).containsExactlyElementsOf(ids);
  }

  @Test
  void deleteRemovesTheClientAndDescribeThenFails() {
    String clientId = cognito.createUserPoolClient(webClient()).userPoolClient().clientId();

    cognito.deleteUserPoolClient(r -> r.userPoolId(POOL).clientId(clientId));

    assertThat(store.count(POOL)).isZero();
    ResourceNotFoundException gone =
        catchThrowableOfType(
            ResourceNotFoundException.class,
            () -> cognito.describeUserPoolClient(r -> r.userPoolId(POOL).clientId(clientId)));
    assertAws(gone, "User pool client " + clientId + " does not exist.");
  }

  @Test
  void invalidOAuthFlowArrivesAsTheSdkException() {
    InvalidOAuthFlowException e =
        catchThrowableOfType(
            InvalidOAuthFlowException.class,
            () ->
                cognito.createUserPoolClient(
                    r ->
                        r.userPoolId(POOL)
                            .clientName("m2m")
                            .allowedOAuthFlowsUserPoolClient(true)
                            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
                            .allowedOAuthScopes(API + "/read")));
    assertAws(
        e, "client_credentials flow can not be selected if client does not have a client secret.");
  }

  @Test
  void unknownScopeArrivesAsTheSdkException() {
    ScopeDoesNotExistException e =
        catchThrowableOfType(
            ScopeDoesNotExistException.class,
            () ->
                cognito.createUserPoolClient(
                    webClient().toBuilder().allowedOAuthScopes(API + "/delete").build()));
    assertAws(e, "Invalid scope requested: " + API + "/delete");
  }

  @Test
  void missingPoolArrivesAsTheSdkException() {
    ResourceNotFoundException e =
        catchThrowableOfType(
            ResourceNotFoundException.class,
            () ->
                cognito.createUserPoolClient(
                    r -> r.userPoolId("us-east-1_Missing01").clientName("web")));
    assertAws(e, "User pool us-east-1_Missing01 does not exist.");
  }

  @Test
  void clientLimitArrivesAsTheSdkException() {
    cognito.createUserPoolClient(r -> r.userPoolId(SMALL_POOL).clientName("first"));

    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> cognito.createUserPoolClient(r -> r.userPoolId(SMALL_POOL).clientName("second")));
    assertAws(e, "The app client limit of 1 for user pool " + SMALL_POOL + " has been reached.");
    assertThat(store.count(SMALL_POOL)).isEqualTo(1);
  }

  @Test
  void modelConstraintErrorArrivesAsTheSdkException() {
    InvalidParameterException e =
        catchThrowableOfType(
            InvalidParameterException.class,
            () ->
                cognito.createUserPoolClient(
                    r -> r.userPoolId(POOL).clientName("web").accessTokenValidity(0)));
    assertAws(
        e,
        "1 validation error detected: Value '0' at 'accessTokenValidity' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1");
  }

  @Test
  void tierErrorArrivesAsTheSdkException() {
    FeatureUnavailableInTierException e =
        catchThrowableOfType(
            FeatureUnavailableInTierException.class,
            () ->
                cognito.createUserPoolClient(
                    r ->
                        r.userPoolId(LITE_POOL)
                            .clientName("web")
                            .refreshTokenRotation(
                                rotation -> rotation.feature(FeatureType.ENABLED))));
    assertAws(
        e,
        "The following features need to be disabled for the LITE pricing tier configured:"
            + " Refresh token rotation");
  }

  private static CreateUserPoolClientRequest webClient() {
    return CreateUserPoolClientRequest.builder()
        .userPoolId(POOL)
        .clientName("web")
        .generateSecret(true)
        .accessTokenValidity(60)
        .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.MINUTES))
        .explicitAuthFlows(
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", API + "/read")
        .callbackURLs("https://app.example.com/cb")
        .build();
  }

  private static void assertAws(AwsServiceException e, String message) {
    assertThat(e).as("the SDK raised its own exception class").isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
  }
}
