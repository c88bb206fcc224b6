package io.github.poolclient.wire;

import io.github.poolclient.error.CognitoException;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Map;

/** Converts between poolclient's values and the AWS JSON 1.1 wire shape as plain Java values. */
public final class WireFormat {
  private WireFormat() {}

  /** Reads a {@code CreateUserPoolClient} request body. */
  public static CreateUserPoolClientRequest readCreateUserPoolClientRequest(Map<String, ?> body) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Reads a user pool context in the conformance README's shape. */
  public static UserPoolContext readUserPoolContext(Map<String, ?> pool) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes a request in its wire shape. */
  public static Map<String, Object> write(CreateUserPoolClientRequest request) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes a response in its wire shape. */
  public static Map<String, Object> write(CreateUserPoolClientResponse response) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes an error body. */
  public static Map<String, Object> write(CognitoException error) {
    throw new UnsupportedOperationException("TODO");
  }
}
