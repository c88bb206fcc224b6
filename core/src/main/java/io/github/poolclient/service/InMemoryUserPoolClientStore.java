package io.github.poolclient.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolClient;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps app clients in memory, for tests and small emulators. Thread-safe; {@link #list} returns a
 * pool's clients in the order they were first put.
 */
public final class InMemoryUserPoolClientStore implements UserPoolClientStore {

  private final Object lock = new Object();

  // Guarded by lock.
  private final Map<String, Map<String, UserPoolClient>> clientsByPool = new HashMap<>();

  private InMemoryUserPoolClientStore() {}

  /** Returns an empty store. */
  public static InMemoryUserPoolClientStore create() {
    return new InMemoryUserPoolClientStore();
  }

  /** Returns a store holding these clients (which may belong to several pools). */
  public static InMemoryUserPoolClientStore of(Iterable<UserPoolClient> clients) {
    checkNotNull(clients, "clients");
    InMemoryUserPoolClientStore store = create();
    for (UserPoolClient client : clients) {
      store.put(client);
    }
    return store;
  }

  @Override
  public Optional<UserPoolClient> find(String userPoolId, String clientId) {
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(clientId, "clientId");
    synchronized (lock) {
      Map<String, UserPoolClient> pool = clientsByPool.get(userPoolId);
      return pool == null ? Optional.empty() : Optional.ofNullable(pool.get(clientId));
    }
  }

  @Override
  public ImmutableList<UserPoolClient> list(String userPoolId) {
    checkNotNull(userPoolId, "userPoolId");
    synchronized (lock) {
      Map<String, UserPoolClient> pool = clientsByPool.get(userPoolId);
      return pool == null ? ImmutableList.of() : ImmutableList.copyOf(pool.values());
    }
  }

  @Override
  public int count(String userPoolId) {
    checkNotNull(userPoolId, "userPoolId");
    synchronized (lock) {
      Map<String, UserPoolClient> pool = clientsByPool.get(userPoolId);
      return pool == null ? 0 : pool.size();
    }
  }

  /** Stores the client, replacing the one with the same pool and client id if there is one. */
  @Override
  public void put(UserPoolClient client) {
    checkNotNull(client, "client");
    synchronized (lock) {
      clientsByPool
          .computeIfAbsent(client.userPoolId(), id -> new LinkedHashMap<>())
          .put(client.clientId(), client);
    }
  }

  @Override
  public boolean remove(String userPoolId, String clientId) {
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(clientId, "clientId");
    synchronized (lock) {
      Map<String, UserPoolClient> pool = clientsByPool.get(userPoolId);
      if (pool == null || pool.remove(clientId) == null) {
        return false;
      }
      if (pool.isEmpty()) {
        clientsByPool.remove(userPoolId);
      }
      return true;
    }
  }

  /** Returns the number of pools and clients held, never the clients themselves. */
  @Override
  public String toString() {
    synchronized (lock) {
      int clients = clientsByPool.values().stream().mapToInt(Map::size).sum();
      return "InMemoryUserPoolClientStore{pools="
          + clientsByPool.size()
          + ", clients="
          + clients
          + "}";
    }
  }
}
