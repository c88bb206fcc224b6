package io.github.poolclient.rules.pool;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects a new client when the pool already has as many app clients as its quota allows (catalogue
 * LIM-01): {@code ClientCount >= ClientLimit}.
 *
 * <p>Evidence: the Developer Guide gives the quota (1,000 per pool by default, adjustable; DOC);
 * the {@code LimitExceededException} mapping is inferred and no AWS message is known. Message
 * (ours, catalogue 12.2): {@code The app client limit of <limit> for user pool <userPoolId> has
 * been reached.} ({@link Messages#clientLimitReached}), with the pool's own limit and id.
 *
 * <p>(ours, catalogue 12.4) The request fails at {@code ClientCount >= ClientLimit}, so the 1000th
 * client of a default pool (count 999) is accepted and the next is not. One violation, at field
 * {@code userPoolId}.
 */
public final class ClientLimitRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "LIM-01",
          Stage.SEMANTIC,
          ErrorType.LIMIT_EXCEEDED,
          "The pool has fewer app clients than its app client quota.");

  /** Creates the rule. */
  public ClientLimitRule() {
    super(DESCRIPTOR);
  }

  /** Returns a violation when the pool's app client quota is already used up. */
  /** Returns whether the operation is Create: Update adds no client (UPD-08). */
  @Override
  public boolean appliesTo(Operation operation) {
    return operation == Operation.CREATE;
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.pool().clientCount() >= candidate.pool().clientLimit()) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "userPoolId",
              Messages.clientLimitReached(candidate.pool().clientLimit(), candidate.pool().id())));
    }
    return ImmutableList.of();
  }
}
