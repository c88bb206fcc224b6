package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code AnalyticsConfigurationType}: the Amazon Pinpoint analytics settings of a client.
 *
 * <p>Valid shapes are {@code ApplicationArn} alone, or {@code ApplicationId} with {@code RoleArn}
 * and {@code ExternalId}, each with an optional {@code UserDataShared} (catalogue AN-01..AN-03).
 *
 * <pre>{@code
 * CreateUserPoolClientRequest.builder()
 *     .analyticsConfiguration(a -> a.applicationArn(pinpointProjectArn).userDataShared(true))
 *     ...
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractAnalyticsConfiguration {
  AbstractAnalyticsConfiguration() {}

  /** Returns the Pinpoint project id. */
  public abstract Optional<String> applicationId();

  /** Returns the Pinpoint project ARN. */
  public abstract Optional<String> applicationArn();

  /** Returns the IAM role that Cognito assumes to publish to Pinpoint. */
  public abstract Optional<String> roleArn();

  /** Returns the external id of the role trust policy. */
  public abstract Optional<String> externalId();

  /** Returns whether user data is shared with Pinpoint. */
  public abstract Optional<Boolean> userDataShared();
}
