package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds a {@code DescribeUserPoolClient} request exactly as the caller sent it; both members may be
 * absent or invalid, so that the model constraints (M-01, M-03) can report them.
 */
@Value.Immutable
public abstract class AbstractDescribeUserPoolClientRequest {
  AbstractDescribeUserPoolClientRequest() {}

  /** Returns {@code UserPoolId} (required by the model). */
  public abstract Optional<String> userPoolId();

  /** Returns {@code ClientId} (required by the model). */
  public abstract Optional<String> clientId();
}
