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
 * Rejects a {@code ReadAttributes} name that is not an attribute of the pool (catalogue ATTR-04,
 * read list).
 *
 * <p>A known attribute is one of {@link UserPoolContext#STANDARD_ATTRIBUTES} or an entry of the
 * pool's schema, compared case-sensitively: {@code Email} and a custom attribute without its {@code
 * custom:} prefix are unknown. Read-only standard attributes ({@code sub}, {@code email_verified},
 * ...) and developer-only attributes listed in the schema ({@code dev:custom:<name>}) are readable
 * (catalogue 12.4).
 *
 * <p>Evidence: the rule and message are quoted by a public set of preflight rules as measured AWS
 * behaviour (confidence REAL-2). Message: {@code Invalid read attributes specified while creating a
 * client} ({@link Messages#invalidReadAttributes}; {@code updating} on Update).
 *
 * <p>(ours) {@link #check} reports one violation per offending name, de-duplicated, in request
 * order, all at field {@code readAttributes}; an empty or over-long name (a model error) is simply
 * unknown.
 */
public final class ReadAttributesKnownRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
              "ATTR-04",
              Stage.SEMANTIC,
              ErrorType.INVALID_PARAMETER,
              "Every ReadAttributes name is a standard attribute or a schema attribute of the pool.")
          .withVariant("read");

  /** Creates the rule. */
  public ReadAttributesKnownRule() {
    super(DESCRIPTOR);
  }

  /** Returns one violation per distinct {@code ReadAttributes} name the pool does not have. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return eachDistinctEntry(
        "readAttributes",
        candidate.settings().readAttributes(),
        candidate.pool()::hasAttribute,
        name -> Messages.invalidReadAttributes(candidate.operation()));
  }
}
