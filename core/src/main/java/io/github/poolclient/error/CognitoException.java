package io.github.poolclient.error;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Signals the error Amazon Cognito would return: an AWS error type and the exact message.
 *
 * <p>{@link #getMessage()} is the AWS {@code message}, unchanged; {@link #errorType()} gives the
 * {@code __type}. Messages never contain a client secret.
 */
public final class CognitoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorType errorType;

  /** Creates an exception of the given AWS error type with the given message. */
  public CognitoException(ErrorType errorType, String message) {
    super(checkNotNull(message, "message"));
    this.errorType = checkNotNull(errorType, "errorType");
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
