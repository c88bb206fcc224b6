package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code TokenValidityUnitsType}: the time unit of each token validity, as sent.
 *
 * <p>Members keep the raw wire strings (an unknown unit can be reported by a rule); {@link
 * #accessToken()} and friends are the typed views. An absent member means the default unit (hours
 * for access and ID tokens, days for refresh tokens, catalogue TV-01).
 */
@Value.Immutable
public abstract class AbstractTokenValidityUnits {
  AbstractTokenValidityUnits() {}

  /** Returns the {@code AccessToken} unit as sent. */
  public abstract Optional<String> accessTokenAsString();

  /** Returns the {@code IdToken} unit as sent. */
  public abstract Optional<String> idTokenAsString();

  /** Returns the {@code RefreshToken} unit as sent. */
  public abstract Optional<String> refreshTokenAsString();

  /** Returns the typed {@code AccessToken} unit. */
  public final Optional<TimeUnitsType> accessToken() {
    return accessTokenAsString().map(TimeUnitsType::fromValue);
  }

  /** Returns the typed {@code IdToken} unit. */
  public final Optional<TimeUnitsType> idToken() {
    return idTokenAsString().map(TimeUnitsType::fromValue);
  }

  /** Returns the typed {@code RefreshToken} unit. */
  public final Optional<TimeUnitsType> refreshToken() {
    return refreshTokenAsString().map(TimeUnitsType::fromValue);
  }
}
