package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClientSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * Advises token lifetimes no longer than Cognito's defaults (catalogue ADV-08).
 *
 * <p>Why: access and ID tokens are "valid for one hour" by default and refresh tokens expire "30
 * days after your application user signs into your user pool" (A9); a revoked token "will still be
 * valid if [it is] verified using any JWT library" until it expires (A2), so a longer lifetime is a
 * longer window for a stolen token.
 *
 * <p>One advisory per token whose validity is sent and lies above the policy's threshold (defaults:
 * 1 hour, 1 hour, 30 days), at {@code accessTokenValidity}, {@code idTokenValidity} or {@code
 * refreshTokenValidity}; the message names the lifetime and the threshold. Severity: low; medium
 * for a public client's refresh tokens above the policy's public threshold (365 days). Units as
 * Cognito reads them (TV-01: hours for access and ID tokens, days for refresh tokens when {@code
 * TokenValidityUnits} omits them). Decisions (ours): only validities the request sends are judged
 * (an omitted or 0 refresh validity is Cognito's own 30-day default); a value outside its model
 * range or with an unknown unit (model errors) is not judged.
 *
 * <p>False alarm: kiosk and offline apps; raise the thresholds in the policy.
 */
final class TokenLifetimeAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-08")
          .defaultSeverity(Severity.LOW)
          .summary(
              "Token lifetime above Cognito default; revoked tokens stay valid offline until"
                  + " expiry")
          .condition(
              "Access or ID token above 1 h, or refresh token above 30 d (medium above 365 d on a"
                  + " public client); thresholds in the policy")
          .sources(ImmutableList.of("A2", "A9"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  /** Names one token validity member, its default unit and its model range (M-06..M-08). */
  private enum Token {
    ACCESS("accessTokenValidity", "AccessTokenValidity", TimeUnitsType.HOURS),
    ID("idTokenValidity", "IdTokenValidity", TimeUnitsType.HOURS),
    REFRESH("refreshTokenValidity", "RefreshTokenValidity", TimeUnitsType.DAYS);

    private final String field;
    private final String wireName;
    private final TimeUnitsType defaultUnit;

    Token(String field, String wireName, TimeUnitsType defaultUnit) {
      this.field = field;
      this.wireName = wireName;
      this.defaultUnit = defaultUnit;
    }

    private Optional<Integer> value(UserPoolClientSettings settings) {
      return switch (this) {
        case ACCESS -> settings.accessTokenValidity();
        case ID -> settings.idTokenValidity();
        case REFRESH -> settings.refreshTokenValidity();
      };
    }

    private Optional<TimeUnitsType> unit(TokenValidityUnits units) {
      return switch (this) {
        case ACCESS -> units.accessToken();
        case ID -> units.idToken();
        case REFRESH -> units.refreshToken();
      };
    }

    private int modelMax() {
      return this == REFRESH ? 315_360_000 : 86_400;
    }

    private Duration threshold(AdvicePolicy policy) {
      return switch (this) {
        case ACCESS -> policy.maxAccessTokenValidity();
        case ID -> policy.maxIdTokenValidity();
        case REFRESH -> policy.maxRefreshTokenValidity();
      };
    }

    /** Returns the lifetime the settings send for this token, when it can be judged. */
    private Optional<Duration> sent(UserPoolClientSettings settings) {
      Optional<Integer> number = value(settings);
      // 1 is the model minimum of access and ID tokens; a refresh validity of 0 is in its model
      // range but means the 30-day default (TV-05), which is not judged.
      if (number.isEmpty() || number.get() < 1 || number.get() > modelMax()) {
        return Optional.empty();
      }
      TimeUnitsType timeUnit =
          settings.tokenValidityUnits().flatMap(this::unit).orElse(defaultUnit);
      return duration(number.get(), timeUnit);
    }
  }

  TokenLifetimeAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    AdvicePolicy policy = subject.policy();
    for (Token token : Token.values()) {
      Optional<Duration> lifetime = token.sent(subject.settings());
      if (lifetime.isEmpty() || lifetime.get().compareTo(token.threshold(policy)) <= 0) {
        continue;
      }
      boolean high =
          token == Token.REFRESH
              && subject.isPublic()
              && lifetime.get().compareTo(policy.maxPublicRefreshTokenValidity()) > 0;
      Duration shown = high ? policy.maxPublicRefreshTokenValidity() : token.threshold(policy);
      out.add(
          DESCRIPTOR.advisory(
              token.field,
              high ? Severity.MEDIUM : DESCRIPTOR.defaultSeverity(),
              Optional.of(
                  token.wireName
                      + " is "
                      + describe(lifetime.get())
                      + ", above "
                      + describe(shown)
                      + (high ? " on a public client" : ""))));
    }
    return out.build();
  }

  private static Optional<Duration> duration(int value, TimeUnitsType unit) {
    return switch (unit) {
      case SECONDS -> Optional.of(Duration.ofSeconds(value));
      case MINUTES -> Optional.of(Duration.ofMinutes(value));
      case HOURS -> Optional.of(Duration.ofHours(value));
      case DAYS -> Optional.of(Duration.ofDays(value));
      // An unknown unit is a model error (M-09): no lifetime can be judged from it.
      case UNKNOWN_TO_SDK_VERSION -> Optional.empty();
    };
  }

  /** Returns {@code 1 day}, {@code 90 minutes}, ...: the largest unit that divides exactly. */
  static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 86_400 == 0) {
      return plural(seconds / 86_400, "day");
    }
    if (seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    }
    if (seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
