package io.github.poolclient.rules.pool;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.RuleDescriptor;
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
public final class ClientLimitRule implements SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "LIM-01",
          Stage.SEMANTIC,
          ErrorType.LIMIT_EXCEEDED,
          "The pool has fewer app clients than its app client quota.");

  /** Creates the rule; it holds no state. */
  public ClientLimitRule() {}

  /** Returns the LIM-01 descriptor. */
  @Override
  public ImmutableList<RuleDescriptor> descriptors() {
    return ImmutableList.of(DESCRIPTOR);
  }

  /** Returns a violation when the pool's app client quota is already used up. */
  @Override
  public ImmutableList<Violation> check(CreateUserPoolClientRequest request, UserPoolContext pool) {
    if (pool.clientCount() >= pool.clientLimit()) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "userPoolId", Messages.clientLimitReached(pool.clientLimit(), pool.id())));
    }
    return ImmutableList.of();
  }
}
