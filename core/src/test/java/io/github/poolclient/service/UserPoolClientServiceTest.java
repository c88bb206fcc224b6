package io.github.poolclient.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolLookup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

final class UserPoolClientServiceTest {

  static final List<String> OPERATIONS = UserPoolClientService.OPERATIONS.asList();

  private static final String POOL = Fixtures.POOL_ID;
  private static final String SECRET = "s3cr3tS3cr3tS3cr3tS3cr3t42";

  private final UserPoolClient stored = Fixtures.client().clientSecret(SECRET).build();
  private final InMemoryUserPoolClientStore store =
      InMemoryUserPoolClientStore.of(ImmutableList.of(stored));
  private final UserPoolClientService service = service(store);

  private static UserPoolClientService service(UserPoolClientStore store) {
    return UserPoolClientService.builder()
        .factory(
            UserPoolClientFactory.builder()
                .clock(Fixtures.clock())
                .random(new SplittableRandom(1))
                .build())
        .pools(UserPoolLookup.of(Fixtures.pool().build()))
        .store(store)
        .build();
  }

  private static Map<?, ?> client(WireAnswer answer) {
    return (Map<?, ?>) Objects.requireNonNull(answer.body().get("UserPoolClient"));
  }

  private static Map<String, Object> ids(String clientId) {
    return ImmutableMap.of("UserPoolId", POOL, "ClientId", clientId);
  }

  @Test
  void createPutsTheNewClientIntoTheStore() {
    WireAnswer answer =
        service.handle(
            "CreateUserPoolClient", ImmutableMap.of("UserPoolId", POOL, "ClientName", "m2m"));

    assertThat(answer.status()).isEqualTo(200);
    Map<?, ?> client = client(answer);
    assertThat(client.get("ClientName")).isEqualTo("m2m");
    assertThat(store.count(POOL)).isEqualTo(2);
    assertThat(store.find(POOL, String.valueOf(client.get("ClientId"))))
        .hasValueSatisfying(c -> assertThat(c.clientName()).isEqualTo("m2m"));
  }

  @Test
  void createCountsThePoolsClientsInTheStore() {
    UserPoolClientService full =
        UserPoolClientService.builder()
            .pools(UserPoolLookup.of(Fixtures.pool().clientLimit(1).build()))
            .store(store)
            .build();

    WireAnswer answer =
        full.handle(
            "CreateUserPoolClient", ImmutableMap.of("UserPoolId", POOL, "ClientName", "two"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "LimitExceededException"),
            Map.entry(
                "message",
                "The app client limit of 1 for user pool " + POOL + " has been reached."));
    assertThat(store.list(POOL)).containsExactly(stored);
  }

  @Test
  void updateReplacesTheStoredClient() {
    Map<String, Object> body = new HashMap<>(ids(stored.clientId()));
    body.put("ClientName", "renamed");

    WireAnswer answer = service.handle("UpdateUserPoolClient", body);

    assertThat(answer.status()).isEqualTo(200);
    Map<?, ?> client = client(answer);
    assertThat(client.get("ClientName")).isEqualTo("renamed");
    assertThat(client.get("ClientSecret")).isEqualTo(SECRET);
    assertThat(store.count(POOL)).isEqualTo(1);
    assertThat(store.find(POOL, stored.clientId()))
        .hasValueSatisfying(c -> assertThat(c.clientName()).isEqualTo("renamed"));
  }

  @Test
  void describeAnswersTheStoredClientAndChangesNothing() {
    WireAnswer answer = service.handle("DescribeUserPoolClient", ids(stored.clientId()));

    assertThat(answer.status()).isEqualTo(200);
    Map<?, ?> client = client(answer);
    assertThat(client.get("ClientId")).isEqualTo(stored.clientId());
    assertThat(client.get("ClientSecret")).isEqualTo(SECRET);
    assertThat(client.get("CreationDate")).isEqualTo(new BigDecimal("1767225600.000"));
    assertThat(store.list(POOL)).containsExactly(stored);
  }

  @Test
  void deleteRemovesTheClientAndAnswersAnEmptyObject() {
    WireAnswer answer = service.handle("DeleteUserPoolClient", ids(stored.clientId()));

    assertThat(answer).isEqualTo(WireAnswer.ok(ImmutableMap.of()));
    assertThat(store.count(POOL)).isZero();
  }

  @Test
  void listAnswersThePoolsClientDescriptions() {
    WireAnswer answer = service.handle("ListUserPoolClients", ImmutableMap.of("UserPoolId", POOL));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .containsExactly(
            Map.entry(
                "UserPoolClients",
                ImmutableList.of(
                    ImmutableMap.of(
                        "ClientId", stored.clientId(), "UserPoolId", POOL, "ClientName", "web"))));
  }

  @Test
  void missingClientIsResourceNotFoundAndLeavesTheStoreAlone() {
    for (String operation :
        List.of("UpdateUserPoolClient", "DescribeUserPoolClient", "DeleteUserPoolClient")) {
      WireAnswer answer = service.handle(operation, ids("25oa5u3vup2jmhl270e7shudkl"));

      assertThat(answer.status()).as(operation).isEqualTo(400);
      assertThat(answer.body())
          .as(operation)
          .containsExactly(
              Map.entry("__type", "ResourceNotFoundException"),
              Map.entry("message", "User pool client 25oa5u3vup2jmhl270e7shudkl does not exist."));
    }
    assertThat(store.list(POOL)).containsExactly(stored);
  }

  @Test
  void unknownOperationIsUnknownOperationException() {
    WireAnswer answer = service.handle("CreateUserPool", ImmutableMap.of());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "UnknownOperationException"),
            Map.entry("message", "Unknown operation 'CreateUserPool'."));
  }

  @Test
  void missingOperationIsUnknownOperationException() {
    WireAnswer answer = service.handle(null, ImmutableMap.of());

    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "UnknownOperationException"),
            Map.entry("message", "Unknown operation 'null'."));
  }

  @ParameterizedTest
  @FieldSource("OPERATIONS")
  void bodyThatIsNotAJsonObjectIsSerializationException(String operation) {
    List<Object> notObjects = new ArrayList<>(List.of(List.of(), "{}", 42, true));
    notObjects.add(null);
    for (Object body : notObjects) {
      WireAnswer answer = service.handle(operation, body);

      assertThat(answer.status()).as("%s", body).isEqualTo(400);
      assertThat(answer.body())
          .as("%s", body)
          .containsExactly(
              Map.entry("__type", "SerializationException"),
              Map.entry(
                  "message", "Unexpected value type for the request body: expected structure"));
    }
    assertThat(store.list(POOL)).containsExactly(stored);
  }

  @ParameterizedTest
  @FieldSource("OPERATIONS")
  void memberOfTheWrongTypeIsSerializationException(String operation) {
    WireAnswer answer = service.handle(operation, ImmutableMap.of("UserPoolId", 7));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "SerializationException"),
            Map.entry("message", "Unexpected value type for member 'UserPoolId': expected string"));
    assertThat(store.list(POOL)).containsExactly(stored);
  }

  @ParameterizedTest
  @FieldSource("OPERATIONS")
  void failingStoreIsInternalErrorNotAnException(String operation) {
    UserPoolClientService broken = service(new BrokenStore());

    WireAnswer answer = broken.handle(operation, ids(stored.clientId()));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "InternalErrorException"),
            Map.entry("message", "Internal error (IllegalStateException)."));
  }

  @Test
  void operationIsThePartOfTheTargetAfterThePrefix() {
    assertThat(
            UserPoolClientService.operation(
                "AWSCognitoIdentityProviderService.ListUserPoolClients"))
        .isEqualTo("ListUserPoolClients");
    assertThat(UserPoolClientService.operation("ListUserPoolClients"))
        .isEqualTo("ListUserPoolClients");
    assertThat(UserPoolClientService.operation("AmazonS3.GetObject"))
        .isEqualTo("AmazonS3.GetObject");
    assertThat(UserPoolClientService.operation(null)).isEmpty();
    assertThat(UserPoolClientService.TARGET_PREFIX).isEqualTo("AWSCognitoIdentityProviderService.");
    assertThat(UserPoolClientService.CONTENT_TYPE).isEqualTo("application/x-amz-json-1.1");
  }

  @Test
  void builderRequiresThePools() {
    assertThatThrownBy(() -> UserPoolClientService.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pools must be set");
  }

  @Test
  void answerToStringNeverShowsASuccessBody() {
    WireAnswer answer = service.handle("DescribeUserPoolClient", ids(stored.clientId()));

    assertThat(answer).hasToString("WireAnswer{status=200, members=[UserPoolClient]}");
    assertThat(service.handle("X", ImmutableMap.of()))
        .hasToString(
            "WireAnswer{status=400, __type=UnknownOperationException, message=Unknown operation"
                + " 'X'.}");
  }

  /** A store whose every call fails, as a broken emulator persistence would. */
  private static final class BrokenStore implements UserPoolClientStore {
    @Override
    public Optional<UserPoolClient> find(String userPoolId, String clientId) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public ImmutableList<UserPoolClient> list(String userPoolId) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public int count(String userPoolId) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public void put(UserPoolClient client) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public boolean remove(String userPoolId, String clientId) {
      throw new IllegalStateException("disk on fire");
    }
  }
}
