package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code RefreshTokenRotationType}: whether refresh tokens rotate, and the grace period.
 *
 * <p>{@code Feature} is required by the model but kept optional here, so that a request missing it
 * can be built and reported (catalogue M-23).
 */
@Value.Immutable
public abstract class AbstractRefreshTokenRotation {
  AbstractRefreshTokenRotation() {}

  /** Returns {@code Feature} as sent. */
  public abstract Optional<String> featureAsString();

  /** Returns {@code RetryGracePeriodSeconds} as sent. */
  public abstract Optional<Integer> retryGracePeriodSeconds();

  /** Returns the typed {@code Feature}. */
  public final Optional<FeatureType> feature() {
    return featureAsString().map(FeatureType::fromValue);
  }
}
