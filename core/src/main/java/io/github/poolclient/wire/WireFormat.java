package io.github.poolclient.wire;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientResponse;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientResponse;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientResponse;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Map;

/**
 * Converts between poolclient's values and the AWS JSON 1.1 wire shape as plain Java values.
 *
 * <p>JSON values are what any JSON library hands over: {@code Map} for objects, {@code List} for
 * arrays, {@code String}, {@code Number}, {@code Boolean}, and {@code null}. Decoding is step 1 of
 * catalogue 12.1: a member of the wrong JSON kind is a {@code SerializationException} with the
 * message {@code Unexpected value type for member '<WireName>': expected
 * <integer|boolean|string|list|structure>} (ours), naming the first offending member in M-table
 * order; unknown members are ignored (M-25).
 */
public final class WireFormat {
  private WireFormat() {}

  /**
   * Reads a {@code CreateUserPoolClient} request body, given as plain Java values.
   *
   * <p>Members are checked in M-table order and the first one of the wrong JSON kind raises a
   * {@code SerializationException}: {@code Unexpected value type for member '<path>': expected
   * <kind>}, where {@code <path>} is the wire name, dotted for nested members ({@code
   * TokenValidityUnits.AccessToken}) and indexed from 0 for list items ({@code CallbackURLs[2]},
   * expected {@code string}). Integers are any {@link Number} whose value is exactly a 32-bit
   * integer: {@code 60.0} reads as 60 (ours), while {@code 60.5}, NaN, infinities and values
   * outside the {@code int} range are of the wrong kind, never truncated. Booleans are only {@link
   * Boolean}, strings only {@link String}, lists only {@link java.util.List}, structures only
   * {@link Map}. Unknown members, at any level and with any key type, are ignored; a {@code null}
   * member is absent, while a {@code null} list item is of the wrong kind. An empty list stays an
   * empty list, distinct from an absent one. {@code body} is not modified.
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   * @throws NullPointerException if {@code body} is null
   */
  public static CreateUserPoolClientRequest readCreateUserPoolClientRequest(Map<String, ?> body) {
    checkNotNull(body, "body");
    return Shapes.CREATE_REQUEST.read(body, "");
  }

  /**
   * Reads a user pool context in the conformance README's shape, with its defaults for every absent
   * member.
   *
   * <p>The shape is {@code Id}, {@code UserPoolTier} ({@code LITE}, {@code ESSENTIALS} or {@code
   * PLUS}), {@code SchemaAttributes} ({@code [{Name, Required, Mutable, AttributeDataType}]},
   * {@code Name} required), {@code IdentityProviders} ({@code [string]}), {@code ResourceServers}
   * ({@code [{Identifier, Scopes: [{ScopeName}]}]}, both names required), {@code ClientCount},
   * {@code ClientLimit} and {@code AccountId}. JSON kinds are checked as in {@link
   * #readCreateUserPoolClientRequest}, with the same message (list items and nested members named
   * like {@code SchemaAttributes[0].Name}). An unknown tier ({@code Unexpected value 'GOLD' for
   * member 'UserPoolTier': expected one of LITE, ESSENTIALS, PLUS}) and a missing required name
   * ({@code Missing value for required member 'ResourceServers[0].Identifier'}) are {@code
   * SerializationException}s too (ours). Unknown members are ignored.
   *
   * @throws CognitoException a {@code SerializationException} for the first malformed member
   * @throws NullPointerException if {@code pool} is null
   */
  public static UserPoolContext readUserPoolContext(Map<String, ?> pool) {
    checkNotNull(pool, "pool");
    return PoolContextReader.read(pool);
  }

  /**
   * Writes a request in its own wire shape: only its present members, in M-table order, integers as
   * {@link Integer}, lists as {@code List<String>} and nested structures as maps of their present
   * members.
   *
   * <p>{@link #readCreateUserPoolClientRequest} of the result equals {@code request}.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public static Map<String, Object> write(CreateUserPoolClientRequest request) {
    checkNotNull(request, "request");
    return Shapes.CREATE_REQUEST.write(request);
  }

  /**
   * Returns the members of the {@code CreateUserPoolClient} request, in the service model's order
   * (the order in which decoding errors are reported): what {@link
   * #readCreateUserPoolClientRequest} reads and {@link #write(CreateUserPoolClientRequest)} writes.
   */
  public static ImmutableList<MemberShape> createUserPoolClientRequestMembers() {
    return Shapes.CREATE_REQUEST.shape();
  }

  /**
   * Returns the members of the {@code UpdateUserPoolClient} request, in the service model's order:
   * what {@link #readUpdateUserPoolClientRequest} reads.
   */
  public static ImmutableList<MemberShape> updateUserPoolClientRequestMembers() {
    return Shapes.UPDATE_REQUEST.shape();
  }

  /**
   * Writes a response in its wire shape, {@code {"UserPoolClient": {...}}}, with exactly the
   * members the client record has (catalogue RESP-02, RESP-03).
   *
   * <p>Always: {@code UserPoolId, ClientName, ClientId, LastModifiedDate, CreationDate,
   * RefreshTokenValidity, TokenValidityUnits} (only its present units, possibly {@code {}}), {@code
   * AllowedOAuthFlowsUserPoolClient, EnableTokenRevocation,
   * EnablePropagateAdditionalUserContextData, AuthSessionValidity, RefreshTokenRotation}; only when
   * set: {@code ClientSecret, AccessTokenValidity, IdTokenValidity}, the non-empty lists in the
   * record's order, {@code DefaultRedirectURI}, {@code AnalyticsConfiguration} (its present
   * members) and {@code PreventUserExistenceErrors}. Members come in the service model's order.
   * Dates are epoch seconds with millisecond precision as a {@link java.math.BigDecimal} of scale 3
   * (catalogue DT-01), e.g. {@code 1767225600.000}; every date has one, from {@link
   * java.time.Instant#MIN} to {@link java.time.Instant#MAX}, floored to the millisecond, so writing
   * never throws.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public static Map<String, Object> write(CreateUserPoolClientResponse response) {
    checkNotNull(response, "response");
    return clientAnswer(response.userPoolClient());
  }

  /**
   * Reads an {@code UpdateUserPoolClient} request body, given as plain Java values: as {@link
   * #readCreateUserPoolClientRequest}, over the Update shape ({@code UserPoolId}, {@code ClientId},
   * {@code ClientName}, then as Create; catalogue 12.6, 12.8). {@code GenerateSecret} and {@code
   * ClientSecret} are not members of it and are ignored like any unknown member (M-25).
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   */
  public static UpdateUserPoolClientRequest readUpdateUserPoolClientRequest(Map<String, ?> body) {
    checkNotNull(body, "body");
    return Shapes.UPDATE_REQUEST.read(body, "");
  }

  /**
   * Reads a {@code DescribeUserPoolClient} request body ({@code UserPoolId}, {@code ClientId}).
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   */
  public static DescribeUserPoolClientRequest readDescribeUserPoolClientRequest(
      Map<String, ?> body) {
    checkNotNull(body, "body");
    return Shapes.DESCRIBE_REQUEST.read(body, "");
  }

  /**
   * Reads a {@code DeleteUserPoolClient} request body ({@code UserPoolId}, {@code ClientId}).
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   */
  public static DeleteUserPoolClientRequest readDeleteUserPoolClientRequest(Map<String, ?> body) {
    checkNotNull(body, "body");
    return Shapes.DELETE_REQUEST.read(body, "");
  }

  /**
   * Reads a {@code ListUserPoolClients} request body ({@code UserPoolId}, {@code MaxResults},
   * {@code NextToken}).
   *
   * @throws CognitoException a {@code SerializationException} for the first member of the wrong
   *     kind
   */
  public static ListUserPoolClientsRequest readListUserPoolClientsRequest(Map<String, ?> body) {
    checkNotNull(body, "body");
    return Shapes.LIST_REQUEST.read(body, "");
  }

  /**
   * Reads a client record in the {@code UserPoolClientType} wire shape, e.g. one the caller kept as
   * JSON from {@link #write(UserPoolClient)}.
   *
   * <p>{@code UserPoolId}, {@code ClientName}, {@code ClientId}, {@code CreationDate} and {@code
   * LastModifiedDate} are required ({@code Missing value for required member '<name>'}); dates are
   * epoch seconds, any fraction kept to the millisecond. Every other always-present member takes
   * its Create default when absent, so a record from before 2025 without {@code
   * RefreshTokenRotation} reads as {@code {"Feature": "DISABLED", "RetryGracePeriodSeconds": 0}}
   * (catalogue 12.8). Lists keep their order; unknown members are ignored.
   *
   * @throws CognitoException a {@code SerializationException} for the first malformed member
   */
  public static UserPoolClient readUserPoolClient(Map<String, ?> client) {
    checkNotNull(client, "client");
    return Shapes.USER_POOL_CLIENT.read(client, "");
  }

  /**
   * Writes a client record in the {@code UserPoolClientType} wire shape, as {@link
   * #write(CreateUserPoolClientResponse)} writes the member {@code UserPoolClient}; {@link
   * #readUserPoolClient} of the result equals {@code client}.
   */
  public static Map<String, Object> write(UserPoolClient client) {
    checkNotNull(client, "client");
    return Shapes.USER_POOL_CLIENT.write(client);
  }

  /** Writes an Update answer, {@code {"UserPoolClient": {...}}}, like the Create answer. */
  public static Map<String, Object> write(UpdateUserPoolClientResponse response) {
    checkNotNull(response, "response");
    return clientAnswer(response.userPoolClient());
  }

  /** Writes a Describe answer, {@code {"UserPoolClient": {...}}} (the stored record, RESP-05). */
  public static Map<String, Object> write(DescribeUserPoolClientResponse response) {
    checkNotNull(response, "response");
    return clientAnswer(response.userPoolClient());
  }

  /** Writes a Delete answer, {@code {}}. */
  public static Map<String, Object> write(DeleteUserPoolClientResponse response) {
    checkNotNull(response, "response");
    return ImmutableMap.of();
  }

  /**
   * Writes a List answer, {@code {"UserPoolClients": [{"ClientId", "UserPoolId", "ClientName"},
   * ...], "NextToken": ...}}, the token only when more clients remain.
   */
  public static Map<String, Object> write(ListUserPoolClientsResponse response) {
    checkNotNull(response, "response");
    return Shapes.LIST_RESPONSE.write(response);
  }

  private static Map<String, Object> clientAnswer(UserPoolClient client) {
    return ImmutableMap.of("UserPoolClient", Shapes.USER_POOL_CLIENT.write(client));
  }

  /**
   * Writes an error body, {@code {"__type": <wire name>, "message": <message>}} (catalogue V-16).
   *
   * @throws NullPointerException if {@code error} is null
   */
  public static Map<String, Object> write(CognitoException error) {
    checkNotNull(error, "error");
    return ImmutableMap.of("__type", error.errorType().wireName(), "message", error.getMessage());
  }
}
