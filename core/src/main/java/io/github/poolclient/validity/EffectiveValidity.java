package io.github.poolclient.validity;

import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClientSettings;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Converts the token validities of a request to seconds the way Cognito judges them: default units
 * (TV-01), effective ranges (TV-02) and the 30-day refresh default (TV-05, catalogue 12.4).
 *
 * <p>A value that Cognito's model constraints reject (M-06, M-07, M-08), or whose unit is not a
 * known unit (M-09), cannot be judged here: the methods then return an empty result instead of
 * throwing, because semantic rules also run on requests that break model constraints.
 */
public final class EffectiveValidity {
  private EffectiveValidity() {}

  /**
   * The refresh token validity, in days, that Cognito stores when {@code RefreshTokenValidity} is
   * absent or 0 (TV-05, TV-09, catalogue 12.4).
   */
  public static final int DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS = 30;

  /** Names one token validity member with its default unit, model bounds and effective range. */
  public enum Token {
    /** {@code AccessTokenValidity}: default hours, model 1..86400, effective 5 minutes..1 day. */
    ACCESS("accessTokenValidity", TimeUnitsType.HOURS, 1, 86_400, 300, 86_400),
    /** {@code IdTokenValidity}: default hours, model 1..86400, effective 5 minutes..1 day. */
    ID("idTokenValidity", TimeUnitsType.HOURS, 1, 86_400, 300, 86_400),
    /**
     * {@code RefreshTokenValidity}: default days, model 0..315360000, effective 60 minutes..3650
     * days.
     */
    REFRESH("refreshTokenValidity", TimeUnitsType.DAYS, 0, 315_360_000, 3_600, 315_360_000);

    private final String field;
    private final TimeUnitsType defaultUnit;
    private final int modelMin;
    private final int modelMax;
    private final long minSeconds;
    private final long maxSeconds;

    Token(
        String field,
        TimeUnitsType defaultUnit,
        int modelMin,
        int modelMax,
        long minSeconds,
        long maxSeconds) {
      this.field = field;
      this.defaultUnit = defaultUnit;
      this.modelMin = modelMin;
      this.modelMax = modelMax;
      this.minSeconds = minSeconds;
      this.maxSeconds = maxSeconds;
    }

    /** Returns the field path of the validity member, e.g. {@code accessTokenValidity}. */
    public String field() {
      return field;
    }

    /** Returns the smallest effective validity Cognito accepts, in seconds (TV-02). */
    public long minSeconds() {
      return minSeconds;
    }

    /** Returns the largest effective validity Cognito accepts, in seconds (TV-02). */
    public long maxSeconds() {
      return maxSeconds;
    }

    /** Returns the validity value as sent. */
    public Optional<Integer> value(UserPoolClientSettings request) {
      return switch (this) {
        case ACCESS -> request.accessTokenValidity();
        case ID -> request.idTokenValidity();
        case REFRESH -> request.refreshTokenValidity();
      };
    }

    /**
     * Returns the unit the value is given in: the one sent, or the default of TV-01 when {@code
     * TokenValidityUnits} or its member for this token is absent.
     */
    public TimeUnitsType unit(UserPoolClientSettings request) {
      return request.tokenValidityUnits().flatMap(this::sentUnit).orElse(defaultUnit);
    }

    private Optional<TimeUnitsType> sentUnit(TokenValidityUnits units) {
      return switch (this) {
        case ACCESS -> units.accessToken();
        case ID -> units.idToken();
        case REFRESH -> units.refreshToken();
      };
    }

    private boolean withinModelBounds(int value) {
      return value >= modelMin && value <= modelMax;
    }

    private boolean withinRange(long seconds) {
      return seconds >= minSeconds && seconds <= maxSeconds;
    }

    private long defaultSeconds() {
      // Access and ID tokens default to 1 hour (their default unit with value 1); refresh to 30
      // days.
      return this == REFRESH
          ? TimeUnit.DAYS.toSeconds(DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS)
          : TimeUnit.HOURS.toSeconds(1);
    }
  }

  /**
   * Returns whether Cognito replaces the refresh validity by its 30-day default: {@code
   * RefreshTokenValidity} is absent or 0, whatever the unit (TV-05, TV-09, catalogue 12.4).
   */
  public static boolean usesDefaultRefreshValidity(UserPoolClientSettings request) {
    return request.refreshTokenValidity().filter(value -> value != 0).isEmpty();
  }

  /**
   * Returns the validity the request sets for {@code token}, in seconds, when Cognito checks it
   * against the range of TV-02; empty when the value is absent, is the refresh default 0, lies
   * outside its model bounds, or comes with an unknown unit.
   */
  public static OptionalLong sentSeconds(Token token, UserPoolClientSettings request) {
    Optional<Integer> value = token.value(request);
    if (value.isEmpty() || !token.withinModelBounds(value.get())) {
      return OptionalLong.empty();
    }
    if (token == Token.REFRESH && usesDefaultRefreshValidity(request)) {
      return OptionalLong.empty();
    }
    Optional<TimeUnit> unit = timeUnit(token.unit(request));
    if (unit.isEmpty()) {
      return OptionalLong.empty();
    }
    // TimeUnit.toSeconds works in long: 315360000 days is about 2.7e13 seconds, far from overflow.
    return OptionalLong.of(unit.get().toSeconds(value.get()));
  }

  /**
   * Returns whether the request sets a validity for {@code token} that Cognito rejects with TV-03:
   * one that can be judged ({@link #sentSeconds}) and lies outside the range of TV-02.
   */
  public static boolean outOfRange(Token token, UserPoolClientSettings request) {
    OptionalLong seconds = sentSeconds(token, request);
    return seconds.isPresent() && !token.withinRange(seconds.getAsLong());
  }

  /**
   * Returns the validity the client will have for {@code token}, in seconds: the default (1 hour
   * for access and ID tokens, 30 days for refresh tokens) when no value applies, else the value
   * sent when it is within range; empty when the value sent cannot be judged or fails TV-03.
   */
  public static OptionalLong effectiveSeconds(Token token, UserPoolClientSettings request) {
    boolean defaulted =
        token == Token.REFRESH
            ? usesDefaultRefreshValidity(request)
            : token.value(request).isEmpty();
    if (defaulted) {
      return OptionalLong.of(token.defaultSeconds());
    }
    OptionalLong seconds = sentSeconds(token, request);
    if (seconds.isPresent() && token.withinRange(seconds.getAsLong())) {
      return seconds;
    }
    return OptionalLong.empty();
  }

  private static Optional<TimeUnit> timeUnit(TimeUnitsType unit) {
    return switch (unit) {
      case SECONDS -> Optional.of(TimeUnit.SECONDS);
      case MINUTES -> Optional.of(TimeUnit.MINUTES);
      case HOURS -> Optional.of(TimeUnit.HOURS);
      case DAYS -> Optional.of(TimeUnit.DAYS);
      // An unknown unit is a model error (M-09); no duration can be judged from it.
      case UNKNOWN_TO_SDK_VERSION -> Optional.empty();
    };
  }
}
