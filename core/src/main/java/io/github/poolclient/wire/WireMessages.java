package io.github.poolclient.wire;

import com.google.common.base.Joiner;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;

/**
 * Builds every {@code SerializationException} that wire decoding raises, so that the texts live in
 * one place (catalogue 12.1 step 1 and 12.4 "Wire decoding"; the texts are ours).
 */
final class WireMessages {
  private WireMessages() {}

  /**
   * Returns the error for a member (or list item) of the wrong JSON kind: {@code Unexpected value
   * type for member '<path>': expected <kind>}.
   */
  static CognitoException unexpectedType(String path, String expectedKind) {
    return new CognitoException(
        ErrorType.SERIALIZATION,
        "Unexpected value type for member '" + path + "': expected " + expectedKind);
  }

  /** Returns the error for a required member of the pool context that is absent or null. */
  static CognitoException missingMember(String path) {
    return new CognitoException(
        ErrorType.SERIALIZATION, "Missing value for required member '" + path + "'");
  }

  /** Returns the error for a string that is not one of the values an enum member knows. */
  static CognitoException unknownValue(String path, String value, Iterable<?> knownValues) {
    return new CognitoException(
        ErrorType.SERIALIZATION,
        "Unexpected value '"
            + value
            + "' for member '"
            + path
            + "': expected one of "
            + Joiner.on(", ").join(knownValues));
  }
}
