package io.github.poolclient.error;

import java.util.Optional;
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

  /**
   * Returns the variant that tells apart two descriptors of one catalogue id (ATTR-04 checks the
   * read list and the write list as two links), empty when the id is unique in the chain.
   */
  @Value.Default
  public String variant() {
    return "";
  }

  /** Returns the key that is unique in the chain: the id, with its variant when it has one. */
  public final String key() {
    return variant().isEmpty() ? id() : id() + " (" + variant() + ")";
  }

  /** Returns a violation of this rule at {@code field} with the exact AWS {@code message}. */
  public final Violation violation(String field, String message) {
    return Violation.of(id(), stage(), field, errorType(), message);
  }

  /** Returns a violation of this rule at {@code field} with the value at fault, if any. */
  public final Violation violation(String field, String message, Optional<String> value) {
    return violation(field, message).withValue(value);
  }

  /**
   * Returns a violation of this rule at entry {@code index} of the list member {@code field}, whose
   * value {@code value} is at fault.
   */
  public final Violation violationAt(String field, int index, String value, String message) {
    // One builder rather than with-copies: a list of 100,000 bad entries makes 100,000 of these.
    return Violation.builder()
        .ruleId(id())
        .stage(stage())
        .field(field)
        .path(field + "[" + index + "]")
        .value(value)
        .errorType(errorType())
        .message(message)
        .build();
  }
}
