package io.github.poolclient.pool;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolClient;
import java.util.Optional;

/**
 * Finds the stored app clients of a user pool. An emulator implements it over its own store (the
 * service package's {@code UserPoolClientStore} is one); "no such client" is an empty result. A
 * client is found by {@code UserPoolId} and {@code ClientId} together: a client of another pool
 * does not count (catalogue RNF-02, UPD-06).
 *
 * <pre>{@code
 * UserPoolClientLookup clients = UserPoolClientLookup.of(List.of(stored));
 * clients.find("us-east-1_Example01", stored.clientId()); // Optional[stored]
 * }</pre>
 */
public interface UserPoolClientLookup {

  /** Returns the client with this id in this pool, or empty when there is none. */
  Optional<UserPoolClient> find(String userPoolId, String clientId);

  /** Returns every client of this pool, in any order (empty when there is none). */
  ImmutableList<UserPoolClient> list(String userPoolId);

  /** Returns a lookup in which no client exists. */
  static UserPoolClientLookup none() {
    return of(ImmutableList.of());
  }

  /** Returns a lookup over exactly these clients (which may belong to several pools). */
  static UserPoolClientLookup of(Iterable<UserPoolClient> clients) {
    ImmutableList<UserPoolClient> all = ImmutableList.copyOf(checkNotNull(clients, "clients"));
    return new UserPoolClientLookup() {
      @Override
      public Optional<UserPoolClient> find(String userPoolId, String clientId) {
        return all.stream()
            .filter(c -> c.userPoolId().equals(userPoolId) && c.clientId().equals(clientId))
            .findFirst();
      }

      @Override
      public ImmutableList<UserPoolClient> list(String userPoolId) {
        return all.stream()
            .filter(c -> c.userPoolId().equals(userPoolId))
            .collect(ImmutableList.toImmutableList());
      }
    };
  }
}
