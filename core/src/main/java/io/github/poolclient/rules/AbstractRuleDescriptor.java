package io.github.poolclient.rules;

import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import org.immutables.value.Value;

/**
 * Describes one catalogue rule of the chain: its id, what it checks, the AWS error type it raises
 * and its evaluation step.
 */
@Value.Immutable
public abstract class AbstractRuleDescriptor {
  AbstractRuleDescriptor() {}

  /** Returns the catalogue id, e.g. {@code TV-03}. */
  @Value.Parameter
  public abstract String id();

  /** Returns the evaluation step. */
  @Value.Parameter
  public abstract Stage stage();

  /** Returns the AWS error type the rule raises. */
  @Value.Parameter
  public abstract ErrorType errorType();

  /** Returns a one-line summary of what the rule checks. */
  @Value.Parameter
  public abstract String summary();

  /** Returns a violation of this rule at {@code field} with the exact AWS {@code message}. */
  public final Violation violation(String field, String message) {
    return Violation.of(id(), stage(), field, errorType(), message);
  }
}
