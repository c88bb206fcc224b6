package io.github.poolclient.deploy;

import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Violation;
import org.immutables.value.Value;

/**
 * Holds one violation of an app client of a deploy definition: the rule chain's {@link Violation}
 * and where it is in the definition's own terms, e.g. {@code
 * Resources.WebClient.Properties.CallbackURLs[1]} or {@code
 * aws_cognito_user_pool_client.web.callback_urls[1]}.
 */
@Value.Immutable
public abstract class AbstractDeployViolation {
  AbstractDeployViolation() {}

  /** Returns the violation as the rule chain reports it. */
  @Value.Parameter
  public abstract Violation violation();

  /** Returns the path of the offending value in the template or plan. */
  @Value.Parameter
  public abstract String path();

  /** Returns the catalogue id of the rule, e.g. {@code URL-02}. */
  public final String ruleId() {
    return violation().ruleId();
  }

  /** Returns the AWS error type Cognito raises for it. */
  public final ErrorType errorType() {
    return violation().errorType();
  }

  /** Returns the exact AWS message (for model constraints: the item text). */
  public final String message() {
    return violation().message();
  }
}
