package io.github.poolclient.wire;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of one JSON object by wire name, knowing the object's own wire path.
 *
 * <p>Only entries with a {@code String} key and a non-null value count: other keys cannot name a
 * member, and a JSON {@code null} member means the member is absent (catalogue 12.4). The entries
 * are copied once instead of looked up with {@code get}: a map with unusual lookup semantics (an
 * access-ordered {@code LinkedHashMap}, which {@code get} reorders, an {@code IdentityHashMap}, a
 * case-insensitive {@code TreeMap}) is then read by exactly equal names and left as it was.
 */
final class WireObject {
  private final ImmutableMap<String, Object> members;
  private final String path;

  private WireObject(ImmutableMap<String, Object> members, String path) {
    this.members = members;
    this.path = path;
  }

  /** Returns a view of {@code json}; {@code path} is empty for the top-level body. */
  static WireObject of(Map<?, ?> json, String path) {
    ImmutableMap.Builder<String, Object> members = ImmutableMap.builder();
    for (Map.Entry<?, ?> entry : json.entrySet()) {
      Object value = entry.getValue();
      if (entry.getKey() instanceof String name && value != null) {
        members.put(name, value);
      }
    }
    // buildKeepingLast: an IdentityHashMap may hold two equal names; either one will do.
    return new WireObject(members.buildKeepingLast(), path);
  }

  /** Returns the wire path of the member {@code name} of this object, e.g. {@code A.B}. */
  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Returns the member {@code name} decoded as {@code kind}, or null when it is absent or null.
   *
   * @throws io.github.poolclient.error.CognitoException a {@code SerializationException} when the
   *     member is of another kind
   */
  <T> @Nullable T find(String name, WireKind<T> kind) {
    Object value = members.get(name);
    return value == null ? null : kind.decode(value, pathOf(name));
  }

  /**
   * Returns the member {@code name} decoded as {@code kind}.
   *
   * @throws io.github.poolclient.error.CognitoException a {@code SerializationException} when the
   *     member is absent, null or of another kind
   */
  <T> T require(String name, WireKind<T> kind) {
    T value = find(name, kind);
    if (value == null) {
      throw WireMessages.missingMember(pathOf(name));
    }
    return value;
  }
}
