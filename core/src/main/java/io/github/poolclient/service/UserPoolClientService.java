package io.github.poolclient.service;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.Striped;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientResponse;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientResponse;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.wire.WireFormat;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Serves the five app-client operations of Amazon Cognito's AWS JSON 1.1 API on parsed request
 * bodies, keeping the clients in a {@link UserPoolClientStore}: the engine an emulator mounts
 * behind its own HTTP layer, one {@link #handle} call per request.
 *
 * <p>{@code CreateUserPoolClient} puts the new client, {@code UpdateUserPoolClient} replaces it,
 * {@code DeleteUserPoolClient} removes it; {@code DescribeUserPoolClient} and {@code
 * ListUserPoolClients} only read. An operation that fails leaves the store as it was. For Create,
 * the pool's {@code ClientCount} is the store's count of the pool's clients, and the quota check
 * (LIM-01) and the put happen under one per-pool lock, so concurrent creates never exceed {@code
 * ClientLimit}; Update and Delete take the same lock. Instances are thread-safe.
 *
 * <pre>{@code
 * UserPoolClientService service = UserPoolClientService.builder()
 *     .pools(myPools)                                  // UserPoolLookup
 *     .store(InMemoryUserPoolClientStore.create())
 *     .build();
 * WireAnswer answer = service.handle("DescribeUserPoolClient",
 *     Map.of("UserPoolId", "us-east-1_Example01", "ClientId", "4ssm8oh504j4q146ic4hogbo2s"));
 * answer.status();                                     // 400
 * answer.body();  // {__type=ResourceNotFoundException, message=User pool client ... does not exist.}
 * }</pre>
 */
public final class UserPoolClientService {

  /** The prefix of the {@code X-Amz-Target} header before the operation name. */
  public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

  /** The content type of AWS JSON 1.1 requests and answers. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  /** The operation that creates an app client. */
  public static final String CREATE_USER_POOL_CLIENT = "CreateUserPoolClient";

  /** The operation that replaces an app client's configuration. */
  public static final String UPDATE_USER_POOL_CLIENT = "UpdateUserPoolClient";

  /** The operation that returns a stored app client. */
  public static final String DESCRIBE_USER_POOL_CLIENT = "DescribeUserPoolClient";

  /** The operation that deletes an app client. */
  public static final String DELETE_USER_POOL_CLIENT = "DeleteUserPoolClient";

  /** The operation that lists a pool's app clients, one page at a time. */
  public static final String LIST_USER_POOL_CLIENTS = "ListUserPoolClients";

  /** Every operation {@link #handle} serves. */
  public static final ImmutableSet<String> OPERATIONS =
      ImmutableSet.of(
          CREATE_USER_POOL_CLIENT,
          UPDATE_USER_POOL_CLIENT,
          DESCRIBE_USER_POOL_CLIENT,
          DELETE_USER_POOL_CLIENT,
          LIST_USER_POOL_CLIENTS);

  /** Bounds the locks however many pool ids callers send (bad input included). */
  private static final int LOCK_STRIPES = 64;

  private final UserPoolClientFactory factory;
  private final UserPoolClientStore store;
  private final UserPoolLookup pools;
  private final Striped<Lock> poolLocks = Striped.lock(LOCK_STRIPES);

  private UserPoolClientService(Builder builder) {
    this.factory = builder.factory;
    this.store = builder.store;
    UserPoolLookup known = checkNotNull(builder.pools);
    // The store, not the pool record, knows how many clients a pool has.
    this.pools = id -> known.find(id).map(pool -> pool.withClientCount(store.count(id)));
  }

  /** Returns a builder; {@link Builder#pools} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the operation name of an {@code X-Amz-Target} header value: the part after {@link
   * #TARGET_PREFIX}, the value itself when it lacks the prefix, or the empty string for a missing
   * header (which {@link #handle} answers as an unknown operation).
   */
  public static String operation(@Nullable String target) {
    if (target == null) {
      return "";
    }
    return target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
  }

  /**
   * Runs one operation on a parsed JSON request body and returns the AWS answer, or the AWS error
   * body with its status; never throws.
   *
   * <p>An operation not in {@link #OPERATIONS} (or null) is {@code UnknownOperationException}
   * (status 400, message {@code Unknown operation '<name>'.}, ours); a null body is {@code
   * SerializationException}; anything the body holds is judged by the operation's wire reader and
   * rules. A failure of the store or pool lookup the caller supplied is {@code
   * InternalErrorException} (status 500), and the store is left as it was.
   */
  public WireAnswer handle(@Nullable String operation, @Nullable Map<String, ?> body) {
    return handle(operation, (@Nullable Object) body);
  }

  /**
   * Runs one operation on any parsed JSON value (what a JSON library returns for the whole body); a
   * value that is not a JSON object (a list, a string, a number, null) is {@code
   * SerializationException}. Otherwise as {@link #handle(String, Map)}; never throws.
   */
  public WireAnswer handle(@Nullable String operation, @Nullable Object body) {
    try {
      return WireAnswer.ok(run(operation, body));
    } catch (CognitoException e) {
      return WireAnswer.error(e);
    } catch (RuntimeException e) {
      // A bug or a failing caller-supplied store or lookup: answer as the service would.
      return WireAnswer.error(
          new CognitoException(
              ErrorType.INTERNAL_ERROR, "Internal error (" + e.getClass().getSimpleName() + ")."));
    }
  }

  private Map<String, Object> run(@Nullable String operation, @Nullable Object body) {
    if (operation == null || !OPERATIONS.contains(operation)) {
      throw new CognitoException(
          ErrorType.UNKNOWN_OPERATION, "Unknown operation '" + operation + "'.");
    }
    Map<String, ?> object = object(body);
    return switch (operation) {
      case CREATE_USER_POOL_CLIENT -> create(WireFormat.readCreateUserPoolClientRequest(object));
      case UPDATE_USER_POOL_CLIENT -> update(WireFormat.readUpdateUserPoolClientRequest(object));
      case DESCRIBE_USER_POOL_CLIENT ->
          describe(WireFormat.readDescribeUserPoolClientRequest(object));
      case DELETE_USER_POOL_CLIENT -> delete(WireFormat.readDeleteUserPoolClientRequest(object));
      case LIST_USER_POOL_CLIENTS -> list(WireFormat.readListUserPoolClientsRequest(object));
      default -> throw new AssertionError(operation);
    };
  }

  private Map<String, Object> describe(DescribeUserPoolClientRequest request) {
    return WireFormat.write(factory.describe(request, pools, store));
  }

  private Map<String, Object> list(ListUserPoolClientsRequest request) {
    return WireFormat.write(factory.list(request, pools, store));
  }

  private Map<String, Object> create(CreateUserPoolClientRequest request) {
    return underPoolLock(
        request.userPoolId().orElse(""),
        () -> {
          CreateUserPoolClientResponse response = factory.create(request, pools);
          Map<String, Object> answer = WireFormat.write(response);
          store.put(response.userPoolClient());
          return answer;
        });
  }

  private Map<String, Object> update(UpdateUserPoolClientRequest request) {
    return underPoolLock(
        request.userPoolId().orElse(""),
        () -> {
          UpdateUserPoolClientResponse response = factory.update(request, pools, store);
          Map<String, Object> answer = WireFormat.write(response);
          store.put(response.userPoolClient());
          return answer;
        });
  }

  private Map<String, Object> delete(DeleteUserPoolClientRequest request) {
    return underPoolLock(
        request.userPoolId().orElse(""),
        () -> {
          DeleteUserPoolClientResponse response = factory.delete(request, pools, store);
          Map<String, Object> answer = WireFormat.write(response);
          // Success implies both ids are present and name a stored client.
          store.remove(request.userPoolId().orElseThrow(), request.clientId().orElseThrow());
          return answer;
        });
  }

  private <T> T underPoolLock(String userPoolId, Supplier<T> action) {
    Lock lock = poolLocks.get(userPoolId);
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  @SuppressWarnings(
      "unchecked") // Keys of any type are ignored by the readers like unknown members.
  private static Map<String, ?> object(@Nullable Object body) {
    if (!(body instanceof Map<?, ?> map)) {
      throw new CognitoException(
          ErrorType.SERIALIZATION,
          "Unexpected value type for the request body: expected structure");
    }
    return (Map<String, ?>) map;
  }

  /** Builds a {@link UserPoolClientService}. */
  public static final class Builder {
    private UserPoolClientFactory factory = UserPoolClientFactory.builder().build();
    private @Nullable UserPoolLookup pools;
    private UserPoolClientStore store = InMemoryUserPoolClientStore.create();

    private Builder() {}

    /** Sets the factory that validates and resolves clients (default: its own defaults). */
    public Builder factory(UserPoolClientFactory factory) {
      this.factory = checkNotNull(factory, "factory");
      return this;
    }

    /** Sets the lookup of the user pools that exist (required). */
    public Builder pools(UserPoolLookup pools) {
      this.pools = checkNotNull(pools, "pools");
      return this;
    }

    /** Sets the store of app clients (default: a new {@link InMemoryUserPoolClientStore}). */
    public Builder store(UserPoolClientStore store) {
      this.store = checkNotNull(store, "store");
      return this;
    }

    /**
     * Returns a service over this builder's factory, pools and store.
     *
     * @throws IllegalStateException if no pool lookup was set
     */
    public UserPoolClientService build() {
      checkState(pools != null, "pools must be set");
      return new UserPoolClientService(this);
    }
  }
}
