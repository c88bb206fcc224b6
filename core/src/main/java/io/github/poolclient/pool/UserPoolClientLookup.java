package io.github.poolclient.pool;

import io.github.poolclient.model.UserPoolClient;
import java.util.Optional;

/**
 * Finds a stored app client by its pool and id. An emulator implements it over its own store; "no
 * such client" is an empty result. A client is found by {@code UserPoolId} and {@code ClientId}
 * together: a client of another pool does not count (catalogue RNF-02, UPD-06).
 */
@FunctionalInterface
public interface UserPoolClientLookup {

  /** Returns the client with this id in this pool, or empty when there is none. */
  Optional<UserPoolClient> find(String userPoolId, String clientId);

  /** Returns a lookup in which no client exists. */
  static UserPoolClientLookup none() {
    return (userPoolId, clientId) -> Optional.empty();
  }
}
