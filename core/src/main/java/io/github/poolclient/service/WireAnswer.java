package io.github.poolclient.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.wire.WireFormat;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds what {@link UserPoolClientService#handle} answers: the HTTP status and the JSON body as
 * plain Java values ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}),
 * ready for any JSON library to write with the content type {@link
 * UserPoolClientService#CONTENT_TYPE}.
 *
 * <p>A success has status 200 and the operation's AWS answer; an error has the status of its {@link
 * io.github.poolclient.error.ErrorType} and the body {@code {"__type": ..., "message": ...}}.
 * {@link #toString()} never shows a success body, which may hold a client secret.
 */
public final class WireAnswer {
  private static final int OK = 200;

  private final int status;
  private final ImmutableMap<String, Object> body;

  private WireAnswer(int status, Map<String, Object> body) {
    this.status = status;
    this.body = ImmutableMap.copyOf(body);
  }

  /** Returns a success (status 200) with this body. */
  public static WireAnswer ok(Map<String, Object> body) {
    return new WireAnswer(OK, checkNotNull(body, "body"));
  }

  /** Returns the error answer Cognito gives for this exception: its status and error body. */
  public static WireAnswer error(CognitoException error) {
    checkNotNull(error, "error");
    return new WireAnswer(error.errorType().httpStatus(), WireFormat.write(error));
  }

  /** Returns an answer with this status and body (status 100-599). */
  public static WireAnswer of(int status, Map<String, Object> body) {
    checkNotNull(body, "body");
    checkArgument(status >= 100 && status <= 599, "status %s is not an HTTP status", status);
    return new WireAnswer(status, body);
  }

  /** Returns the HTTP status code. */
  public int status() {
    return status;
  }

  /** Returns the JSON body (immutable at the top level). */
  public Map<String, Object> body() {
    return body;
  }

  /** Returns whether the status is 200. */
  public boolean isOk() {
    return status == OK;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WireAnswer that && status == that.status && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, body);
  }

  /**
   * Returns the status with the error type and message of an error, or only the member names of a
   * success (a Describe or Update answer may hold a client secret).
   */
  @Override
  public String toString() {
    return isOk()
        ? "WireAnswer{status=" + status + ", members=" + body.keySet() + "}"
        : "WireAnswer{status="
            + status
            + ", __type="
            + body.get("__type")
            + ", message="
            + body.get("message")
            + "}";
  }
}
