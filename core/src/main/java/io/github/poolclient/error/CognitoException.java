package io.github.poolclient.error;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Signals the error Amazon Cognito would return: an AWS error type and the exact message.
 *
 * <p>{@link #getMessage()} is the AWS {@code message}, unchanged; {@link #errorType()} gives the
 * {@code __type}. Messages never contain a client secret.
 */
public final class CognitoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorType errorType;

  @SuppressWarnings("serial") // ImmutableList of immutable values; never serialized in practice
  private final ImmutableList<Violation> violations;

  /** Creates an exception of the given AWS error type with the given message. */
  public CognitoException(ErrorType errorType, String message) {
    this(errorType, message, ImmutableList.of());
  }

  CognitoException(ErrorType errorType, String message, ImmutableList<Violation> violations) {
    super(checkNotNull(message, "message"));
    this.errorType = checkNotNull(errorType, "errorType");
    this.violations = violations;
  }

  /**
   * Returns the error Cognito answers for these violations (in evaluation order, at least one):
   * every model-constraint violation together in one {@code InvalidParameterException}, {@code N
   * validation error(s) detected: <item>; <item>} (catalogue V-02, V-04), else the first violation
   * alone.
   */
  public static CognitoException of(List<Violation> violations) {
    checkArgument(!violations.isEmpty(), "no violation");
    ImmutableList<Violation> model =
        violations.stream()
            .filter(v -> v.stage() == Stage.MODEL)
            .collect(ImmutableList.toImmutableList());
    if (model.isEmpty()) {
      Violation first = violations.get(0);
      return new CognitoException(first.errorType(), first.message(), ImmutableList.of(first));
    }
    StringBuilder message = new StringBuilder(validationErrorsPrefix(model.size()));
    for (int i = 0; i < model.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(model.get(i).message());
    }
    return new CognitoException(ErrorType.INVALID_PARAMETER, message.toString(), model);
  }

  /**
   * Returns the count prefix of an aggregated model error, {@code N validation error(s) detected: }
   * (catalogue V-02).
   */
  public static String validationErrorsPrefix(int count) {
    return count + (count == 1 ? " validation error detected: " : " validation errors detected: ");
  }

  /**
   * Returns the violations this error was made from (all model items of an aggregated error, or the
   * one business-rule violation); empty for an error made from a message alone, such as a {@code
   * SerializationException}.
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** Returns the AWS error type. */
  public ErrorType errorType() {
    return errorType;
  }

  /** Returns the AWS message (never null). */
  @Override
  public String getMessage() {
    return checkNotNull(super.getMessage());
  }

  /** Returns {@code <ErrorType>: <message>}, as the AWS CLI prints errors. */
  @Override
  public String toString() {
    return errorType.wireName() + ": " + getMessage();
  }
}
