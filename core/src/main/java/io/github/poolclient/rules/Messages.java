package io.github.poolclient.rules;

import io.github.poolclient.error.CognitoException;

/**
 * Builds every business-rule message poolclient raises, from the catalogue's exact texts.
 *
 * <p>Texts marked (ours) in catalogue 12.2 are poolclient's own wording where no AWS message is
 * known; they are kept stable.
 */
public final class Messages {
  private Messages() {}

  /** TV-03. */
  public static final String INVALID_TOKEN_VALIDITY_RANGE = "Invalid range for token validity.";

  /** TV-07. */
  public static final String ACCESS_ID_LONGER_THAN_REFRESH =
      "Access and Id Token expiration times must be less than or equal to refresh token"
          + " expiration times.";

  /** EAF-03. */
  public static final String ALLOW_MIXED_WITH_LEGACY =
      "Auth flow name with prefix 'ALLOW' cannot be used with legacy auth flow names.";

  /** EAF-11, not alone (ours). */
  public static final String CLIENT_TOKEN_AUTH_NOT_ALONE =
      "ALLOW_CLIENT_TOKEN_AUTH must be the only explicit auth flow of an app client.";

  /** EAF-11, without a secret (ours). */
  public static final String CLIENT_TOKEN_AUTH_WITHOUT_SECRET =
      "ALLOW_CLIENT_TOKEN_AUTH requires an app client with a client secret.";

  /** EAF-04. */
  public static final String REFRESH_TOKEN_AUTH_REQUIRED =
      "REFRESH_TOKEN_AUTH should always be allowed.";

  /** RTR-03. */
  public static final String REFRESH_TOKEN_AUTH_WITH_ROTATION =
      "ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is"
          + " enabled.";

  /** CS-02 (ours). */
  public static final String GENERATE_SECRET_AND_CLIENT_SECRET =
      "You cannot specify both GenerateSecret as true and provide a ClientSecret value.";

  /** OA-05. */
  public static final String CLIENT_CREDENTIALS_WITHOUT_SECRET =
      "client_credentials flow can not be selected if client does not have a client secret.";

  /** PR-02. */
  public static final String PROPAGATE_CONTEXT_DATA_WITHOUT_SECRET =
      "Client Secret is required to set EnablePropagateAdditionalUserContextData as true";

  /** OA-02. */
  public static final String OAUTH_FLOWS_AND_SCOPES_REQUIRED =
      "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use"
          + " OAuth flows.";

  /** OA-04. */
  public static final String CLIENT_CREDENTIALS_NOT_ALONE =
      "client_credentials flow can not be selected along with code flow or implicit flow.";

  /** OA-07. */
  public static final String CALLBACK_URLS_REQUIRED =
      "CallbackUrls can not be empty when code flow or implicit flow is selected";

  /** ATTR-04 (read list) on create. */
  public static final String INVALID_READ_ATTRIBUTES = invalidAttributes("read", Operation.CREATE);

  private static final String INVALID_READ_ATTRIBUTES_WHILE_UPDATING =
      invalidAttributes("read", Operation.UPDATE);

  /** ATTR-02, ATTR-03 and ATTR-04 (write list) on create. */
  public static final String INVALID_WRITE_ATTRIBUTES =
      invalidAttributes("write", Operation.CREATE);

  private static final String INVALID_WRITE_ATTRIBUTES_WHILE_UPDATING =
      invalidAttributes("write", Operation.UPDATE);

  /** AN-03. */
  public static final String INVALID_ANALYTICS_CONFIGURATION =
      "Invalid analytics configuration given, either <application arn> or <application id, role"
          + " arn, external id> are valid";

  /** TIER feature name of {@code ALLOW_USER_AUTH} (EAF-07, ours). */
  public static final String FEATURE_CHOICE_BASED_SIGN_IN = "Choice-based sign-in";

  /** TIER feature name of refresh token rotation (RTR-05, ours). */
  public static final String FEATURE_REFRESH_TOKEN_ROTATION = "Refresh token rotation";

  /**
   * ATTR-04 (read list): {@code Invalid read attributes specified while creating a client}, or
   * {@code ...while updating a client} on Update (catalogue 12.2, 12.8).
   */
  public static String invalidReadAttributes(Operation operation) {
    return operation == Operation.CREATE
        ? INVALID_READ_ATTRIBUTES
        : INVALID_READ_ATTRIBUTES_WHILE_UPDATING;
  }

  /**
   * ATTR-02, ATTR-03 and ATTR-04 (write list): {@code Invalid write attributes specified while
   * creating a client}, or {@code ...while updating a client} on Update.
   */
  public static String invalidWriteAttributes(Operation operation) {
    return operation == Operation.CREATE
        ? INVALID_WRITE_ATTRIBUTES
        : INVALID_WRITE_ATTRIBUTES_WHILE_UPDATING;
  }

  private static String invalidAttributes(String list, Operation operation) {
    return "Invalid " + list + " attributes specified while " + operation.gerund() + " a client";
  }

  /** RNF-02: {@code User pool client <clientId> does not exist.}. */
  public static String userPoolClientDoesNotExist(String clientId) {
    return "User pool client " + clientId + " does not exist.";
  }

  /** List (ours, catalogue 12.7): a token poolclient did not issue for this pool. */
  public static final String INVALID_PAGINATION_TOKEN = "Invalid pagination token.";

  /** OA-06: {@code <scope> is not supported with client_credentials flow}. */
  public static String scopeNotSupportedWithClientCredentials(String scope) {
    return scope + " is not supported with client_credentials flow";
  }

  /** OA-08: {@code Invalid scope requested: <scope>}. */
  public static String invalidScope(String scope) {
    return "Invalid scope requested: " + scope;
  }

  /** OA-11: {@code The provider <name> does not exist for User Pool <userPoolId>.}. */
  public static String providerDoesNotExist(String provider, String userPoolId) {
    return "The provider " + provider + " does not exist for User Pool " + userPoolId + ".";
  }

  /** URL-02: {@code <url> cannot use the HTTP protocol.}. */
  public static String httpNotAllowed(String url) {
    return url + " cannot use the HTTP protocol.";
  }

  /** URL-04: {@code <url> cannot use fragment}. */
  public static String fragmentNotAllowed(String url) {
    return url + " cannot use fragment";
  }

  /** URL-06 (ours): {@code <url> is not a valid absolute URI.}. */
  public static String notAbsoluteUri(String url) {
    return url + " is not a valid absolute URI.";
  }

  /** URL-08: {@code The default redirect URI <uri> is not in the callback URIs list.}. */
  public static String defaultRedirectNotInCallbacks(String uri) {
    return "The default redirect URI " + uri + " is not in the callback URIs list.";
  }

  /** TIER (TIER-02 format, feature names ours). */
  public static String featureUnavailableInLite(String feature) {
    return "The following features need to be disabled for the LITE pricing tier configured: "
        + feature;
  }

  /** RNF-01: {@code User pool <userPoolId> does not exist.}. */
  public static String userPoolDoesNotExist(String userPoolId) {
    return "User pool " + userPoolId + " does not exist.";
  }

  /** LIM-01 (ours). */
  public static String clientLimitReached(int limit, String userPoolId) {
    return "The app client limit of "
        + limit
        + " for user pool "
        + userPoolId
        + " has been reached.";
  }

  /**
   * V-02: the count prefix of an aggregated model error, {@code N validation error(s) detected: }.
   */
  public static String validationErrorsPrefix(int count) {
    return CognitoException.validationErrorsPrefix(count);
  }
}
