package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code RefreshTokenRotationType}: whether refresh tokens rotate, and the grace period.
 *
 * <p>{@code Feature} is required by the model but kept optional here, so that a request missing it
 * can be built and reported (catalogue M-23).
 *
 * <pre>{@code
 * CreateUserPoolClientRequest.builder()
 *     .refreshTokenRotation(r -> r.feature(FeatureType.ENABLED).retryGracePeriodSeconds(10))
 *     ...
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractRefreshTokenRotation {
  AbstractRefreshTokenRotation() {}

  /**
   * Declares the typed setters of {@link RefreshTokenRotation.Builder}: {@code Feature} takes a
   * {@link FeatureType} or a raw wire string (which may be unknown, so that M-23 can report it).
   *
   * <pre>{@code
   * RefreshTokenRotation rotation = RefreshTokenRotation.builder()
   *     .feature(FeatureType.ENABLED)
   *     .retryGracePeriodSeconds(10)
   *     .build();
   * }</pre>
   */
  public interface Builder {

    /** Sets {@code Feature} as a raw wire string. */
    RefreshTokenRotation.Builder featureAsString(String feature);

    /** Sets {@code Feature} to the wire value of {@code feature}. */
    default RefreshTokenRotation.Builder feature(FeatureType feature) {
      return featureAsString(checkNotNull(feature, "feature").toString());
    }

    /** Sets {@code Feature} as a raw wire string (e.g. {@code "ENABLED"}). */
    default RefreshTokenRotation.Builder feature(String feature) {
      return featureAsString(feature);
    }
  }

  /** Returns {@code Feature} as sent. */
  public abstract Optional<String> featureAsString();

  /** Returns {@code RetryGracePeriodSeconds} as sent. */
  public abstract Optional<Integer> retryGracePeriodSeconds();

  /** Returns the typed {@code Feature}. */
  public final Optional<FeatureType> feature() {
    return featureAsString().map(FeatureType::fromValue);
  }
}
