package io.github.poolclient.rules.attributes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects a non-empty {@code WriteAttributes} that omits an attribute the pool's schema marks
 * required (catalogue ATTR-02). An absent or empty list passes: it means the default write
 * permissions (ATTR-01).
 *
 * <p>Evidence: the Developer Guide states that required attributes are always writable and that
 * omitting one gives {@code InvalidParameterException} (DOC); the message is quoted by three
 * independent measured notes (REAL-2): {@code Invalid write attributes specified while creating a
 * client} ({@link Messages#invalidWriteAttributes}; {@code updating} on Update). Names compare
 * case-sensitively (catalogue 12.2).
 *
 * <p>(ours) Required attributes that no client may write ({@code sub}, the {@code *_verified}
 * attributes, {@code identities}, {@code dev:custom:*}; see {@link WriteAttributesWritableRule})
 * are not demanded: DescribeUserPool reports {@code sub} as required, and demanding it would make
 * every non-empty write list fail. {@link #check} reports one violation at field {@code
 * writeAttributes} however many required attributes are missing: the message cannot name them, and
 * a missing attribute has no position in the list to point at.
 */
public final class WriteAttributesRequiredRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "ATTR-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "A non-empty WriteAttributes names every writable attribute the pool requires.");

  /** Creates the rule. */
  public WriteAttributesRequiredRule() {
    super(DESCRIPTOR);
  }

  /** Returns one violation when a non-empty write list misses a writable required attribute. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<String> written = AttributeNames.distinct(candidate.settings().writeAttributes());
    if (written.isEmpty()) {
      return ImmutableList.of();
    }
    boolean missesRequired =
        candidate.pool().requiredAttributes().stream()
            .filter(AttributeNames::writable)
            .anyMatch(required -> !written.contains(required));
    return missesRequired
        ? ImmutableList.of(
            DESCRIPTOR.violation(
                "writeAttributes", Messages.invalidWriteAttributes(candidate.operation())))
        : ImmutableList.of();
  }
}
