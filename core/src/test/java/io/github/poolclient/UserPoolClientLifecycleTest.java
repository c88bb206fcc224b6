package io.github.poolclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientDescription;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests Update, Describe, Delete and List on the factory (catalogue 12.6, 12.7, 12.8). */
final class UserPoolClientLifecycleTest {

  private final UserPoolClientFactory factory =
      UserPoolClientFactory.builder().clock(Fixtures.clock()).build();
  private final UserPoolContext pool = Fixtures.pool().build();
  private final UserPoolLookup pools = UserPoolLookup.of(pool);

  private static UserPoolClient client(String id, Instant created) {
    return Fixtures.client().clientId(id).creationDate(created).lastModifiedDate(created).build();
  }

  private static UpdateUserPoolClientRequest.Builder update(UserPoolClient stored) {
    return UpdateUserPoolClientRequest.builder()
        .userPoolId(stored.userPoolId())
        .clientId(stored.clientId());
  }

  @Test
  void updateReplacesTheConfigurationAndKeepsIdentityNameSecretAndRotation() {
    UserPoolClient stored =
        Fixtures.client()
            .clientSecret("s".repeat(52))
            .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_USER_SRP_AUTH"))
            .enableTokenRevocation(false)
            .creationDate(Instant.parse("2025-06-01T00:00:00Z"))
            .build();

    UserPoolClient updated =
        factory
            .update(
                update(stored).authSessionValidity(5).build(),
                pools,
                UserPoolClientLookup.of(List.of(stored)))
            .userPoolClient();

    assertThat(updated.explicitAuthFlowsAsStrings()).isEmpty();
    assertThat(updated.enableTokenRevocation()).isTrue();
    assertThat(updated.authSessionValidity()).isEqualTo(5);
    assertThat(updated.clientName()).isEqualTo(stored.clientName());
    assertThat(updated.clientSecret()).isEqualTo(stored.clientSecret());
    assertThat(updated.refreshTokenRotation()).isEqualTo(stored.refreshTokenRotation());
    assertThat(updated.creationDate()).isEqualTo(stored.creationDate());
    assertThat(updated.lastModifiedDate()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void updateOfAClientOfAnotherPoolIsResourceNotFoundOnClientId() {
    UserPoolClient elsewhere = Fixtures.client().userPoolId("us-east-1_Other0001").build();
    UpdateUserPoolClientRequest request =
        UpdateUserPoolClientRequest.builder()
            .userPoolId(Fixtures.POOL_ID)
            .clientId(elsewhere.clientId())
            .build();
    UserPoolClientLookup clients = UserPoolClientLookup.of(List.of(elsewhere));

    CognitoException error =
        catchThrowableOfType(CognitoException.class, () -> factory.update(request, pools, clients));

    assertThat(error.errorType()).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    assertThat(error.getMessage())
        .isEqualTo("User pool client " + elsewhere.clientId() + " does not exist.");
    assertThat(factory.validate(request, pools, clients))
        .containsExactly(
            Violation.of(
                    "RNF-02",
                    Stage.CLIENT,
                    "clientId",
                    ErrorType.RESOURCE_NOT_FOUND,
                    error.getMessage())
                .withValue(elsewhere.clientId()));
  }

  @Test
  void updateValidationReportsEveryProblemWithTheUpdatingMessages() {
    UserPoolContext required =
        Fixtures.pool()
            .addSchemaAttributes(SchemaAttribute.builder().name("email").required(true).build())
            .build();
    UserPoolClient stored = Fixtures.client().build();
    UpdateUserPoolClientRequest request =
        update(stored)
            .readAttributes("custom:missing")
            .writeAttributes("name")
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
            .build();

    assertThat(
            factory.validate(
                request, UserPoolLookup.of(required), UserPoolClientLookup.of(List.of(stored))))
        .extracting(Violation::ruleId, Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "OA-05",
                "allowedOAuthFlows",
                "client_credentials flow can not be selected if client does not have a client"
                    + " secret."),
            tuple(
                "ATTR-04",
                "readAttributes[0]",
                "Invalid read attributes specified while updating a client"),
            tuple(
                "ATTR-02",
                "writeAttributes",
                "Invalid write attributes specified while updating a client"));
  }

  @Test
  void describeAndDeleteCheckTheModelThenThePoolThenTheClient() {
    UserPoolClient stored = Fixtures.client().build();
    UserPoolClientLookup clients = UserPoolClientLookup.of(List.of(stored));

    assertThat(
            factory
                .describe(
                    DescribeUserPoolClientRequest.builder()
                        .userPoolId(stored.userPoolId())
                        .clientId(stored.clientId())
                        .build(),
                    pools,
                    clients)
                .userPoolClient())
        .isEqualTo(stored);
    CognitoException malformed =
        catchThrowableOfType(
            CognitoException.class,
            () ->
                factory.delete(
                    DeleteUserPoolClientRequest.builder().userPoolId("bad").build(),
                    UserPoolLookup.none(),
                    clients));
    assertThat(malformed.getMessage()).startsWith("2 validation errors detected: ");
    CognitoException noPool =
        catchThrowableOfType(
            CognitoException.class,
            () ->
                factory.delete(
                    DeleteUserPoolClientRequest.builder()
                        .userPoolId(stored.userPoolId())
                        .clientId("nope")
                        .build(),
                    UserPoolLookup.none(),
                    clients));
    assertThat(noPool.getMessage()).isEqualTo("User pool " + Fixtures.POOL_ID + " does not exist.");
  }

  @Test
  void listPagesOldestFirstAndItsTokenSurvivesDeletesBetweenPages() {
    List<UserPoolClient> stored = new ArrayList<>();
    stored.add(client("c3", Instant.parse("2025-03-01T00:00:00Z")));
    stored.add(client("c1", Instant.parse("2025-01-01T00:00:00Z")));
    stored.add(client("b2", Instant.parse("2025-02-01T00:00:00Z")));
    stored.add(client("a2", Instant.parse("2025-02-01T00:00:00Z")));
    stored.add(client("max", Instant.MAX));

    ListUserPoolClientsResponse first =
        factory.list(
            ListUserPoolClientsRequest.builder().userPoolId(Fixtures.POOL_ID).maxResults(2).build(),
            pools,
            UserPoolClientLookup.of(stored));
    assertThat(first.userPoolClients())
        .extracting(UserPoolClientDescription::clientId)
        .containsExactly("c1", "a2");
    stored.removeIf(c -> c.clientId().equals("b2"));
    ListUserPoolClientsResponse second =
        factory.list(
            ListUserPoolClientsRequest.builder()
                .userPoolId(Fixtures.POOL_ID)
                .maxResults(2)
                .nextToken(first.nextToken().orElseThrow())
                .build(),
            pools,
            UserPoolClientLookup.of(stored));

    assertThat(second.userPoolClients())
        .extracting(UserPoolClientDescription::clientId)
        .containsExactly("c3", "max");
    assertThat(second.nextToken()).isEmpty();
  }

  @Test
  void listRejectsATokenOfAnotherPoolOrNotOfOurs() {
    UserPoolContext other = Fixtures.pool().id("us-east-1_Other0001").build();
    List<UserPoolClient> stored =
        List.of(
            client("a", Instant.EPOCH),
            client("b", Instant.EPOCH).withUserPoolId(other.id()),
            client("c", Instant.EPOCH).withUserPoolId(other.id()));
    String otherToken =
        factory
            .list(
                ListUserPoolClientsRequest.builder().userPoolId(other.id()).maxResults(1).build(),
                UserPoolLookup.of(other),
                UserPoolClientLookup.of(stored))
            .nextToken()
            .orElseThrow();

    for (String token : List.of(otherToken, "not-a-token", "djEKeA")) {
      CognitoException error =
          catchThrowableOfType(
              CognitoException.class,
              () ->
                  factory.list(
                      ListUserPoolClientsRequest.builder()
                          .userPoolId(Fixtures.POOL_ID)
                          .nextToken(token)
                          .build(),
                      UserPoolLookup.of(pool, other),
                      UserPoolClientLookup.of(stored)));
      assertThat(error.errorType()).as(token).isEqualTo(ErrorType.INVALID_PARAMETER);
      assertThat(error.getMessage()).as(token).isEqualTo("Invalid pagination token.");
    }
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
