package io.github.poolclient.rules.attributes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Candidate;
import java.util.Optional;

/** Holds what the attribute rules share: which names a client may write, and list handling. */
final class AttributeNames {
  private AttributeNames() {}

  /**
   * The standard attributes that Cognito itself maintains, so no client may write them (catalogue
   * ATTR-03, and 12.4 for {@code identities}).
   */
  static final ImmutableSet<String> READ_ONLY_STANDARD_ATTRIBUTES =
      ImmutableSet.of("sub", "email_verified", "phone_number_verified", "identities");

  /**
   * Returns whether a client may ever name {@code name} in {@code WriteAttributes}: developer-only
   * attributes are recognised by their form, so this holds whether or not the schema lists them
   * (catalogue 12.4).
   */
  static boolean writable(String name) {
    return !READ_ONLY_STANDARD_ATTRIBUTES.contains(name)
        && !name.startsWith(UserPoolContext.DEVELOPER_ONLY_PREFIX);
  }

  /**
   * Returns the names of the list, de-duplicated in first-seen order, so that a name sent twice is
   * reported once.
   */
  static ImmutableSet<String> distinct(Optional<ImmutableList<String>> list) {
    return ImmutableSet.copyOf(Candidate.orEmpty(list));
  }
}
