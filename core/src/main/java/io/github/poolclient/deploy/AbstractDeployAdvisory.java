package io.github.poolclient.deploy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds one advisory about an app client of a deploy definition: the {@link Advisory} (catalogue
 * id, severity, message, sources, suppression) and where it is in the definition's own terms, e.g.
 * {@code Resources.WebClient.Properties.CallbackURLs[1]} or {@code
 * aws_cognito_user_pool_client.web.callback_urls[1]}.
 *
 * <p>An advisory never fails the deploy: Cognito accepts the client. A suppressed advisory stays in
 * the report, marked suppressed, with the reason the definition or the policy gives.
 */
@Value.Immutable
public abstract class AbstractDeployAdvisory {
  AbstractDeployAdvisory() {}

  /** Returns the advisory as the advisor reports it under the client's policy. */
  @Value.Parameter
  public abstract Advisory advisory();

  /** Returns the path of the value the advisory is about, in the template or plan. */
  @Value.Parameter
  public abstract String path();

  /** Returns the catalogue id, e.g. {@code ADV-04}. */
  public final String id() {
    return advisory().id();
  }

  /** Returns the severity of this occurrence. */
  public final Severity severity() {
    return advisory().severity();
  }

  /** Returns the message: the catalogue text, then what this client does. */
  public final String message() {
    return advisory().message();
  }

  /** Returns whether the policy or the definition suppresses this advisory for this client. */
  public final boolean suppressed() {
    return advisory().suppressed();
  }

  /** Returns why this advisory is suppressed for this client, when it is. */
  public final Optional<String> suppressionReason() {
    return advisory().suppressionReason();
  }

  /** Returns whether this advisory is not suppressed and is {@code floor} or more severe. */
  public final boolean failsAt(Severity floor) {
    checkNotNull(floor, "floor");
    return !suppressed() && severity().isAtLeast(floor);
  }
}
