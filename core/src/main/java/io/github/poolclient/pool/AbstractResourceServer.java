package io.github.poolclient.pool;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Holds a resource server of the pool: its {@code Identifier} and the names of its scopes. A client
 * names a custom scope as {@code <Identifier>/<ScopeName>}.
 *
 * <pre>{@code
 * ResourceServer api = ResourceServer.of("https://api.example.com", List.of("read", "write"));
 * api.scopes(); // [https://api.example.com/read, https://api.example.com/write]
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractResourceServer {
  AbstractResourceServer() {}

  /** Returns the {@code Identifier}, e.g. {@code https://api.example.com}. */
  @Value.Parameter
  public abstract String identifier();

  /** Returns the {@code ScopeName}s of the server's scopes. */
  @Value.Parameter
  public abstract ImmutableList<String> scopeNames();

  /** Returns the full names of the server's scopes, {@code <Identifier>/<ScopeName>}. */
  public final ImmutableList<String> scopes() {
    ImmutableList.Builder<String> scopes = ImmutableList.builder();
    for (String name : scopeNames()) {
      scopes.add(identifier() + "/" + name);
    }
    return scopes.build();
  }
}
