package io.github.poolclient.error;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lists the AWS error types that {@code CreateUserPoolClient} can return, each with its wire name
 * (the {@code __type} of the error body) and HTTP status (catalogue M-26, V-16, V-17).
 */
public enum ErrorType {
  /** A request member breaks a model constraint or a business rule. */
  INVALID_PARAMETER("InvalidParameterException", 400),
  /** The OAuth flow configuration is not allowed. */
  INVALID_OAUTH_FLOW("InvalidOAuthFlowException", 400),
  /** An OAuth scope is neither a standard scope nor a scope of the pool's resource servers. */
  SCOPE_DOES_NOT_EXIST("ScopeDoesNotExistException", 400),
  /** The user pool does not exist. */
  RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
  /** The pool's app client quota is reached. */
  LIMIT_EXCEEDED("LimitExceededException", 400),
  /** A requested feature is not available in the pool's feature plan. */
  FEATURE_UNAVAILABLE_IN_TIER("FeatureUnavailableInTierException", 400),
  /** The request body could not be deserialized (a member of the wrong JSON type). */
  SERIALIZATION("SerializationException", 400),
  /**
   * The operation named by {@code X-Amz-Target} is not one poolclient serves (ours: raised only by
   * {@code UserPoolClientService}).
   */
  UNKNOWN_OPERATION("UnknownOperationException", 400),
  /** The caller is throttled. */
  TOO_MANY_REQUESTS("TooManyRequestsException", 400),
  /** The caller is not authorized. */
  NOT_AUTHORIZED("NotAuthorizedException", 400),
  /** The service failed internally. */
  INTERNAL_ERROR("InternalErrorException", 500);

  private static final ImmutableMap<String, ErrorType> BY_WIRE_NAME =
      Maps.uniqueIndex(Arrays.asList(values()), ErrorType::wireName);

  private final String wireName;
  private final int httpStatus;

  ErrorType(String wireName, int httpStatus) {
    this.wireName = wireName;
    this.httpStatus = httpStatus;
  }

  /** Returns the wire name, e.g. {@code InvalidParameterException}. */
  public String wireName() {
    return wireName;
  }

  /** Returns the HTTP status code of a response carrying this error. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Returns the error type with this wire name, if there is one. */
  public static Optional<ErrorType> fromWireName(String wireName) {
    return Optional.ofNullable(BY_WIRE_NAME.get(checkNotNull(wireName, "wireName")));
  }
}
