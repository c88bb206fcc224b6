package io.github.poolclient.rules.model;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import java.util.Optional;

/** Runs every model-constraint rule on a request, and builds the violations tests expect. */
final class ModelCheck {
  private ModelCheck() {}

  /** The element shape text of CallbackURLs and LogoutURLs (M-13). */
  static final String URL_ELEMENTS =
      "Member must satisfy constraint: [Member must have length less than or equal to 1024,"
          + " Member must have length greater than or equal to 1, Member must satisfy regular"
          + " expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+]";

  /** The element shape text of ExplicitAuthFlows (M-11, 12.2). */
  static final String AUTH_FLOW_ELEMENTS =
      "Member must satisfy constraint: [Member must satisfy enum value set: [ALLOW_CUSTOM_AUTH,"
          + " ADMIN_NO_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH,"
          + " ALLOW_USER_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH,"
          + " ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_USER_AUTH, ALLOW_CLIENT_TOKEN_AUTH]]";

  /**
   * Returns every model violation of the request, in rule order, without the offending values
   * (ModelConstraintsTest checks those).
   */
  static ImmutableList<Violation> violations(CreateUserPoolClientRequest request) {
    return ModelConstraints.rules().stream()
        .flatMap(rule -> rule.check(request).stream())
        .map(violation -> violation.withValue(Optional.empty()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every model violation of the built request, in rule order. */
  static ImmutableList<Violation> violations(CreateUserPoolClientRequest.Builder request) {
    return violations(request.build());
  }

  /** Returns the expected model violation of rule {@code ruleId} at {@code field}. */
  static Violation item(String ruleId, String field, String message) {
    return Violation.of(ruleId, Stage.MODEL, field, ErrorType.INVALID_PARAMETER, message);
  }
}
