package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds {@code TokenValidityUnitsType}: the time unit of each token validity, as sent.
 *
 * <p>Members keep the raw wire strings (an unknown unit can be reported by a rule); {@link
 * #accessToken()} and friends are the typed views. An absent member means the default unit (hours
 * for access and ID tokens, days for refresh tokens, catalogue TV-01).
 *
 * <pre>{@code
 * TokenValidityUnits units = TokenValidityUnits.builder()
 *     .accessToken(TimeUnitsType.MINUTES)
 *     .refreshToken("days")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractTokenValidityUnits {
  AbstractTokenValidityUnits() {}

  /**
   * Declares the typed setters of {@link TokenValidityUnits.Builder}: each unit takes a {@link
   * TimeUnitsType} or a raw wire string (which may be unknown, so that a rule can report it).
   *
   * <pre>{@code
   * TokenValidityUnits units = TokenValidityUnits.builder()
   *     .accessToken(TimeUnitsType.MINUTES)
   *     .idToken("minutes")
   *     .build();
   * }</pre>
   */
  public interface Builder {

    /** Sets the {@code AccessToken} unit as a raw wire string. */
    TokenValidityUnits.Builder accessTokenAsString(String accessToken);

    /** Sets the {@code IdToken} unit as a raw wire string. */
    TokenValidityUnits.Builder idTokenAsString(String idToken);

    /** Sets the {@code RefreshToken} unit as a raw wire string. */
    TokenValidityUnits.Builder refreshTokenAsString(String refreshToken);

    /** Sets the {@code AccessToken} unit to the wire value of {@code unit}. */
    default TokenValidityUnits.Builder accessToken(TimeUnitsType unit) {
      return accessTokenAsString(checkNotNull(unit, "unit").toString());
    }

    /** Sets the {@code AccessToken} unit as a raw wire string (e.g. {@code "minutes"}). */
    default TokenValidityUnits.Builder accessToken(String unit) {
      return accessTokenAsString(unit);
    }

    /** Sets the {@code IdToken} unit to the wire value of {@code unit}. */
    default TokenValidityUnits.Builder idToken(TimeUnitsType unit) {
      return idTokenAsString(checkNotNull(unit, "unit").toString());
    }

    /** Sets the {@code IdToken} unit as a raw wire string (e.g. {@code "minutes"}). */
    default TokenValidityUnits.Builder idToken(String unit) {
      return idTokenAsString(unit);
    }

    /** Sets the {@code RefreshToken} unit to the wire value of {@code unit}. */
    default TokenValidityUnits.Builder refreshToken(TimeUnitsType unit) {
      return refreshTokenAsString(checkNotNull(unit, "unit").toString());
    }

    /** Sets the {@code RefreshToken} unit as a raw wire string (e.g. {@code "days"}). */
    default TokenValidityUnits.Builder refreshToken(String unit) {
      return refreshTokenAsString(unit);
    }
  }

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
