package io.github.poolclient.pool;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a user pool by id. An emulator implements it over its own state; "no such pool" is an empty
 * result.
 *
 * <pre>{@code
 * UserPoolLookup fixed = UserPoolLookup.of(pool);            // for tests
 * UserPoolLookup mine = id -> myStore.findPool(id).map(MyPools::toContext);
 * }</pre>
 */
@FunctionalInterface
public interface UserPoolLookup {

  /** Returns the pool with this id, or empty when there is none. */
  Optional<UserPoolContext> find(String userPoolId);

  /** Returns a lookup in which no pool exists. */
  static UserPoolLookup none() {
    return id -> Optional.empty();
  }

  /** Returns a lookup in which exactly the given pools exist, found by their ids. */
  static UserPoolLookup of(UserPoolContext... pools) {
    ImmutableMap<String, UserPoolContext> byId =
        Maps.uniqueIndex(Arrays.asList(checkNotNull(pools, "pools")), UserPoolContext::id);
    return id -> Optional.ofNullable(byId.get(id));
  }
}
