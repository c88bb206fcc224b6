package io.github.poolclient.rules.attributes;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects a {@code WriteAttributes} name that is not an attribute of the pool (catalogue ATTR-04,
 * write list).
 *
 * <p>Known attributes are the same as for the read list ({@link ReadAttributesKnownRule}): the
 * standard attributes and the pool's schema entries, compared case-sensitively.
 *
 * <p>Evidence: the catalogue has ATTR-04 measured for the read list only (REAL-2) and infers it for
 * the write list; catalogue 12.2 makes it binding (ours) with the write message: {@code Invalid
 * write attributes specified while creating a client} ({@link Messages#invalidWriteAttributes};
 * {@code updating} on Update).
 *
 * <p>(ours) {@link #check} reports one violation per offending name, de-duplicated, in request
 * order, at field {@code writeAttributes}. It does not look at writability: a {@code
 * dev:custom:<name>} missing from the schema fails both ATTR-03 and this rule, with the same
 * message.
 */
public final class WriteAttributesKnownRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
              "ATTR-04",
              Stage.SEMANTIC,
              ErrorType.INVALID_PARAMETER,
              "Every WriteAttributes name is a standard attribute or a schema attribute of the pool.")
          .withVariant("write");

  /** Creates the rule. */
  public WriteAttributesKnownRule() {
    super(DESCRIPTOR);
  }

  /** Returns one violation per distinct {@code WriteAttributes} name the pool does not have. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return eachDistinctEntry(
        "writeAttributes",
        candidate.settings().writeAttributes(),
        candidate.pool()::hasAttribute,
        name -> Messages.invalidWriteAttributes(candidate.operation()));
  }
}
