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
 * Rejects a {@code WriteAttributes} name that no client may write (catalogue ATTR-03): {@code sub},
 * {@code email_verified}, {@code phone_number_verified}, {@code identities} and every
 * developer-only attribute {@code dev:custom:<name>}.
 *
 * <p>Evidence: {@code sub} and the two {@code *_verified} attributes come from a public set of
 * preflight rules quoting measured AWS behaviour (confidence REAL-2). Message: {@code Invalid write
 * attributes specified while creating a client} ({@link Messages#invalidWriteAttributes}; {@code
 * updating} on Update).
 *
 * <p>(ours, catalogue 12.2/12.4) {@code identities} is read-only like {@code sub}; developer-only
 * attributes may be read but never written, recognised by their {@code dev:custom:} prefix whether
 * or not the schema lists them (one not in the schema also fails ATTR-04 (write), which comes later
 * in the chain); immutable custom attributes ({@code Mutable: false}) are writable, since
 * immutability is enforced when a user's attribute is updated. {@link #check} reports one violation
 * per offending name, de-duplicated, in request order, at field {@code writeAttributes}.
 */
public final class WriteAttributesWritableRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "ATTR-03",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "WriteAttributes names no read-only attribute (sub, email_verified,"
              + " phone_number_verified, identities, dev:custom:*).");

  /** Creates the rule. */
  public WriteAttributesWritableRule() {
    super(DESCRIPTOR);
  }

  /** Returns one violation per distinct {@code WriteAttributes} name no client may write. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return eachDistinctEntry(
        "writeAttributes",
        candidate.settings().writeAttributes(),
        AttributeNames::writable,
        name -> Messages.invalidWriteAttributes(candidate.operation()));
  }
}
