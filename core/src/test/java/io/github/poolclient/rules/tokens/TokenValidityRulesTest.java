package io.github.poolclient.rules.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.validity.EffectiveValidity.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TokenValidityRulesTest {
  private static final String RANGE_MESSAGE = "Invalid range for token validity.";
  private static final String ORDER_MESSAGE =
      "Access and Id Token expiration times must be less than or equal to refresh token"
          + " expiration times.";

  private static final UserPoolContext POOL = Fixtures.pool().build();
  private static final TokenValidityRangeRule RANGE = new TokenValidityRangeRule();
  private static final AccessIdNotLongerThanRefreshRule ORDER =
      new AccessIdNotLongerThanRefreshRule();

  // --- TV-03 -------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "ACCESS, 300, seconds",
    "ACCESS, 86400, seconds",
    "ACCESS, 5, minutes",
    "ACCESS, 1440, minutes",
    "ACCESS, 1, hours",
    "ACCESS, 24, hours",
    "ACCESS, 1, days",
    "ID, 300, seconds",
    "ID, 86400, seconds",
    "ID, 5, minutes",
    "ID, 1440, minutes",
    "ID, 1, hours",
    "ID, 24, hours",
    "ID, 1, days",
    "REFRESH, 3600, seconds",
    "REFRESH, 315360000, seconds",
    "REFRESH, 60, minutes",
    "REFRESH, 5256000, minutes",
    "REFRESH, 1, hours",
    "REFRESH, 87600, hours",
    "REFRESH, 1, days",
    "REFRESH, 3650, days",
  })
  void acceptsValiditiesAtTheBoundsOfEveryUnit(Token token, int value, String unit) {
    CreateUserPoolClientRequest request = validity(token, value, unit);

    assertThat(RANGE.check(request, POOL)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // At the model bounds (M-06, M-07, M-08) a value is still judged, and these are out of range.
    "ACCESS, 1, seconds",
    "ACCESS, 1, minutes",
    "ACCESS, 86400, minutes",
    "ACCESS, 86400, days",
    "ID, 1, seconds",
    "ID, 1, minutes",
    "ID, 86400, hours",
    "REFRESH, 1, seconds",
    "REFRESH, 1, minutes",
    "ACCESS, 299, seconds",
    "ACCESS, 4, minutes",
    "ACCESS, 1441, minutes",
    "ACCESS, 25, hours",
    "ACCESS, 2, days",
    "ID, 299, seconds",
    "ID, 4, minutes",
    "ID, 1441, minutes",
    "ID, 25, hours",
    "ID, 2, days",
    "REFRESH, 3599, seconds",
    "REFRESH, 59, minutes",
    "REFRESH, 5256001, minutes",
    "REFRESH, 87601, hours",
    "REFRESH, 3651, days",
    "REFRESH, 315360000, days",
  })
  void rejectsValiditiesJustOutsideTheBoundsOfEveryUnit(Token token, int value, String unit) {
    CreateUserPoolClientRequest request = validity(token, value, unit);

    assertThat(RANGE.check(request, POOL)).containsExactly(rangeViolation(fieldOf(token)));
  }

  @Test
  void readsAccessAndIdValuesWithoutUnitsInHours() {
    assertThat(RANGE.check(Fixtures.request().accessTokenValidity(24).build(), POOL)).isEmpty();
    assertThat(RANGE.check(Fixtures.request().idTokenValidity(24).build(), POOL)).isEmpty();
    assertThat(RANGE.check(Fixtures.request().accessTokenValidity(25).build(), POOL))
        .containsExactly(rangeViolation("accessTokenValidity"));
    assertThat(RANGE.check(Fixtures.request().idTokenValidity(25).build(), POOL))
        .containsExactly(rangeViolation("idTokenValidity"));
  }

  @Test
  void readsRefreshValuesWithoutUnitsInDays() {
    assertThat(RANGE.check(Fixtures.request().refreshTokenValidity(1).build(), POOL)).isEmpty();
    assertThat(RANGE.check(Fixtures.request().refreshTokenValidity(3650).build(), POOL)).isEmpty();
    assertThat(RANGE.check(Fixtures.request().refreshTokenValidity(3651).build(), POOL))
        .containsExactly(rangeViolation("refreshTokenValidity"));
  }

  @Test
  void readsAMissingUnitMemberInItsDefaultUnit() {
    // Only the refresh unit is sent: the access value stays in hours.
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(25)
            .tokenValidityUnits(TokenValidityUnits.builder().refreshTokenAsString("days").build())
            .build();

    assertThat(RANGE.check(request, POOL)).containsExactly(rangeViolation("accessTokenValidity"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seconds", "minutes", "hours", "days"})
  void acceptsRefreshZeroWithEveryUnit(String unit) {
    CreateUserPoolClientRequest request = validity(Token.REFRESH, 0, unit);

    assertThat(RANGE.check(request, POOL)).isEmpty();
    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void acceptsRefreshZeroWithoutUnits() {
    CreateUserPoolClientRequest request = Fixtures.request().refreshTokenValidity(0).build();

    assertThat(RANGE.check(request, POOL)).isEmpty();
  }

  @Test
  void acceptsUnitsWithoutValues() {
    CreateUserPoolClientRequest request =
        Fixtures.request().tokenValidityUnits(units("seconds", "seconds", "seconds")).build();

    assertThat(RANGE.check(request, POOL)).isEmpty();
    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void acceptsARequestWithoutValidities() {
    assertThat(RANGE.check(Fixtures.request().build(), POOL)).isEmpty();
    assertThat(ORDER.check(Fixtures.request().build(), POOL)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "ACCESS, 0, seconds",
    "ACCESS, -1, hours",
    "ACCESS, 86401, seconds",
    "ACCESS, 2147483647, days",
    "ACCESS, -2147483648, days",
    "ID, 0, minutes",
    "ID, 90000, hours",
    "REFRESH, -1, days",
    "REFRESH, -1, minutes",
    "REFRESH, 315360001, seconds",
    "REFRESH, 2147483647, days",
    "REFRESH, -2147483648, seconds",
    "ACCESS, 25, weeks",
    "ACCESS, 4, Minutes",
    "ID, 25, HOURS",
    "REFRESH, 3651, UNKNOWN_TO_SDK_VERSION",
    "REFRESH, 59, ''",
  })
  void ignoresModelInvalidValuesAndUnknownUnits(Token token, int value, String unit) {
    CreateUserPoolClientRequest request =
        withValidity(Fixtures.request(), token, value)
            .accessTokenValidity(token == Token.ACCESS ? value : 24)
            .idTokenValidity(token == Token.ID ? value : 24)
            .tokenValidityUnits(unitsFor(token, unit))
            .build();

    assertThat(RANGE.check(request, POOL)).isEmpty();
    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void reportsAccessThenIdThenRefresh() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .refreshTokenValidity(59)
            .idTokenValidity(4)
            .accessTokenValidity(299)
            .tokenValidityUnits(units("seconds", "minutes", "minutes"))
            .build();

    assertThat(RANGE.check(request, POOL))
        .containsExactly(
            rangeViolation("accessTokenValidity"),
            rangeViolation("idTokenValidity"),
            rangeViolation("refreshTokenValidity"));
  }

  @Test
  void judgesEachTokenOnItsOwnWhenOthersAreModelInvalid() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(0)
            .idTokenValidity(25)
            .refreshTokenValidity(-5)
            .build();

    assertThat(RANGE.check(request, POOL)).containsExactly(rangeViolation("idTokenValidity"));
  }

  // --- TV-07 -------------------------------------------------------------------------------------

  @Test
  void rejectsAccessTokenOfTwoHoursWithRefreshOfSixtyMinutes() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(2)
            .refreshTokenValidity(60)
            .tokenValidityUnits(
                TokenValidityUnits.builder().refreshTokenAsString("minutes").build())
            .build();

    assertThat(RANGE.check(request, POOL)).isEmpty();
    assertThat(ORDER.check(request, POOL)).containsExactly(orderViolation("accessTokenValidity"));
  }

  @Test
  void rejectsIdTokenOfTwoHoursWithRefreshOfSixtyMinutes() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .idTokenValidity(2)
            .refreshTokenValidity(60)
            .tokenValidityUnits(
                TokenValidityUnits.builder().refreshTokenAsString("minutes").build())
            .build();

    assertThat(ORDER.check(request, POOL)).containsExactly(orderViolation("idTokenValidity"));
  }

  @Test
  void reportsAccessThenIdWhenBothOutliveTheRefreshToken() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .idTokenValidity(3)
            .accessTokenValidity(2)
            .refreshTokenValidity(1)
            .tokenValidityUnits(units("hours", "hours", "hours"))
            .build();

    assertThat(ORDER.check(request, POOL))
        .containsExactly(orderViolation("accessTokenValidity"), orderViolation("idTokenValidity"));
  }

  @Test
  void acceptsAccessAndIdEqualToTheRefreshToken() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(60)
            .idTokenValidity(3600)
            .refreshTokenValidity(1)
            .tokenValidityUnits(units("minutes", "seconds", "hours"))
            .build();

    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void rejectsAnAccessTokenOneSecondLongerThanTheRefreshToken() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(3601)
            .refreshTokenValidity(3600)
            .tokenValidityUnits(units("seconds", "seconds", "seconds"))
            .build();

    assertThat(ORDER.check(request, POOL)).containsExactly(orderViolation("accessTokenValidity"));
  }

  @Test
  void acceptsAbsentAccessAndIdWithARefreshTokenOfOneHour() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .refreshTokenValidity(1)
            .tokenValidityUnits(TokenValidityUnits.builder().refreshTokenAsString("hours").build())
            .build();

    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"seconds", "minutes", "hours"})
  void comparesWithThirtyDaysWhenTheRefreshValueIsZeroOrAbsent(String unit) {
    CreateUserPoolClientRequest.Builder builder =
        Fixtures.request()
            .accessTokenValidity(1)
            .idTokenValidity(86400)
            .tokenValidityUnits(units("days", "seconds", unit));

    assertThat(ORDER.check(builder.build(), POOL)).isEmpty();
    assertThat(ORDER.check(builder.refreshTokenValidity(0).build(), POOL)).isEmpty();
  }

  @Test
  void skipsTheComparisonWhenTheRefreshTokenIsOutOfRange() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(2)
            .refreshTokenValidity(59)
            .tokenValidityUnits(
                TokenValidityUnits.builder().refreshTokenAsString("minutes").build())
            .build();

    assertThat(RANGE.check(request, POOL)).containsExactly(rangeViolation("refreshTokenValidity"));
    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void skipsTheComparisonWhenTheRefreshUnitIsUnknown() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(2)
            .refreshTokenValidity(60)
            .tokenValidityUnits(
                TokenValidityUnits.builder().refreshTokenAsString("Minutes").build())
            .build();

    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  @Test
  void comparesOnlyTokensThatPassedTheRangeCheck() {
    // The 25-hour access token fails TV-03 and is left out; the 2-hour ID token is compared.
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(25)
            .idTokenValidity(2)
            .refreshTokenValidity(1)
            .tokenValidityUnits(TokenValidityUnits.builder().refreshTokenAsString("hours").build())
            .build();

    assertThat(RANGE.check(request, POOL)).containsExactly(rangeViolation("accessTokenValidity"));
    assertThat(ORDER.check(request, POOL)).containsExactly(orderViolation("idTokenValidity"));
  }

  @Test
  void leavesModelInvalidAccessTokensOutOfTheComparison() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(90000)
            .refreshTokenValidity(1)
            .tokenValidityUnits(units("seconds", "hours", "hours"))
            .build();

    assertThat(ORDER.check(request, POOL)).isEmpty();
  }

  // --- descriptors -------------------------------------------------------------------------------

  @Test
  void describesTheRules() {
    assertThat(RANGE.descriptors())
        .extracting(RuleDescriptor::id, RuleDescriptor::stage, RuleDescriptor::errorType)
        .containsExactly(tuple("TV-03", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER));
    assertThat(ORDER.descriptors())
        .extracting(RuleDescriptor::id, RuleDescriptor::stage, RuleDescriptor::errorType)
        .containsExactly(tuple("TV-07", Stage.SEMANTIC, ErrorType.INVALID_PARAMETER));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static Violation rangeViolation(String field) {
    return Violation.of("TV-03", Stage.SEMANTIC, field, ErrorType.INVALID_PARAMETER, RANGE_MESSAGE);
  }

  private static Violation orderViolation(String field) {
    return Violation.of("TV-07", Stage.SEMANTIC, field, ErrorType.INVALID_PARAMETER, ORDER_MESSAGE);
  }

  private static String fieldOf(Token token) {
    return switch (token) {
      case ACCESS -> "accessTokenValidity";
      case ID -> "idTokenValidity";
      case REFRESH -> "refreshTokenValidity";
    };
  }

  private static CreateUserPoolClientRequest validity(Token token, int value, String unit) {
    return withValidity(Fixtures.request(), token, value)
        .tokenValidityUnits(unitsFor(token, unit))
        .build();
  }

  private static CreateUserPoolClientRequest.Builder withValidity(
      CreateUserPoolClientRequest.Builder builder, Token token, int value) {
    return switch (token) {
      case ACCESS -> builder.accessTokenValidity(value);
      case ID -> builder.idTokenValidity(value);
      case REFRESH -> builder.refreshTokenValidity(value);
    };
  }

  private static TokenValidityUnits unitsFor(Token token, String unit) {
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    switch (token) {
      case ACCESS -> units.accessTokenAsString(unit);
      case ID -> units.idTokenAsString(unit);
      case REFRESH -> units.refreshTokenAsString(unit);
    }
    return units.build();
  }

  private static TokenValidityUnits units(String access, String id, String refresh) {
    return TokenValidityUnits.builder()
        .accessTokenAsString(access)
        .idTokenAsString(id)
        .refreshTokenAsString(refresh)
        .build();
  }
}
