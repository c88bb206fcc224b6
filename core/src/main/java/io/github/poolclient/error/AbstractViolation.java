package io.github.poolclient.error;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds one problem of a request: the catalogue rule that found it, the field, the AWS error type
 * and the exact message Cognito gives.
 *
 * <p>Two violations of one rule at different values are different values: each carries its indexed
 * {@link #path()} and the offending {@link #value()}.
 *
 * <p>For a model constraint, {@link #message()} is one item of the aggregated {@code N validation
 * errors detected: ...} message, e.g. {@code Value '0' at 'accessTokenValidity' failed to satisfy
 * constraint: Member must have value greater than or equal to 1}.
 */
@Value.Immutable
public abstract class AbstractViolation {
  AbstractViolation() {}

  /** Returns the catalogue id of the rule, e.g. {@code OA-05} or {@code M-07}. */
  @Value.Parameter
  public abstract String ruleId();

  /** Returns the evaluation step. */
  @Value.Parameter
  public abstract Stage stage();

  /**
   * Returns the field path, e.g. {@code tokenValidityUnits.accessToken} or {@code callbackURLs}.
   */
  @Value.Parameter
  public abstract String field();

  /**
   * Returns the indexed path of the offending value, e.g. {@code callbackURLs[1]} or {@code
   * tokenValidityUnits.accessToken}; the {@link #field()} itself when the problem is the whole
   * member.
   */
  @Value.Default
  public String path() {
    return field();
  }

  /**
   * Returns the offending value as text, when one value is at fault (a secret never: a {@code
   * clientSecret} violation has no value).
   */
  public abstract Optional<String> value();

  /** Returns the AWS error type Cognito raises for it. */
  @Value.Parameter
  public abstract ErrorType errorType();

  /** Returns the exact AWS message (for model constraints: the item text). */
  @Value.Parameter
  public abstract String message();

  /** Returns this violation as the exception Cognito would raise for it alone. */
  public final CognitoException toException() {
    return new CognitoException(errorType(), message(), ImmutableList.of((Violation) this));
  }
}
