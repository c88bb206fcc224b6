package io.github.poolclient.validity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.validity.EffectiveValidity.Token;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

final class EffectiveValidityTest {

  @Test
  void usesTheDefaultRefreshValidityWhenTheValueIsAbsentOrZero() {
    TokenValidityUnits minutes =
        TokenValidityUnits.builder().refreshTokenAsString("minutes").build();

    assertThat(EffectiveValidity.usesDefaultRefreshValidity(Fixtures.request().build())).isTrue();
    assertThat(
            EffectiveValidity.usesDefaultRefreshValidity(
                Fixtures.request().refreshTokenValidity(0).tokenValidityUnits(minutes).build()))
        .isTrue();
    assertThat(
            EffectiveValidity.usesDefaultRefreshValidity(
                Fixtures.request().refreshTokenValidity(1).build()))
        .isFalse();
    assertThat(EffectiveValidity.DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS).isEqualTo(30);
  }

  @Test
  void appliesTheDefaultUnitsWhenNoneAreSent() {
    CreateUserPoolClientRequest request = Fixtures.request().build();

    assertThat(Token.ACCESS.unit(request)).isEqualTo(TimeUnitsType.HOURS);
    assertThat(Token.ID.unit(request)).isEqualTo(TimeUnitsType.HOURS);
    assertThat(Token.REFRESH.unit(request)).isEqualTo(TimeUnitsType.DAYS);
  }

  @Test
  void convertsSentValuesToSecondsInLongArithmetic() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(90)
            .idTokenValidity(2)
            .refreshTokenValidity(315_360_000)
            .tokenValidityUnits(
                TokenValidityUnits.builder()
                    .accessTokenAsString("minutes")
                    .refreshTokenAsString("days")
                    .build())
            .build();

    assertThat(EffectiveValidity.sentSeconds(Token.ACCESS, request)).hasValue(5_400L);
    assertThat(EffectiveValidity.sentSeconds(Token.ID, request)).hasValue(7_200L);
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, request)).hasValue(27_247_104_000_000L);
  }

  @Test
  void givesDefaultsForAbsentValuesAndNothingForValuesItCannotJudge() {
    CreateUserPoolClientRequest absent = Fixtures.request().build();
    CreateUserPoolClientRequest outOfRange =
        Fixtures.request().accessTokenValidity(25).refreshTokenValidity(3651).build();
    CreateUserPoolClientRequest modelInvalid =
        Fixtures.request().idTokenValidity(0).refreshTokenValidity(-1).build();

    assertThat(EffectiveValidity.effectiveSeconds(Token.ACCESS, absent)).hasValue(3_600L);
    assertThat(EffectiveValidity.effectiveSeconds(Token.ID, absent)).hasValue(3_600L);
    assertThat(EffectiveValidity.effectiveSeconds(Token.REFRESH, absent)).hasValue(2_592_000L);
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, absent))
        .isEqualTo(OptionalLong.empty());
    assertThat(EffectiveValidity.effectiveSeconds(Token.ACCESS, outOfRange)).isEmpty();
    assertThat(EffectiveValidity.effectiveSeconds(Token.REFRESH, outOfRange)).isEmpty();
    assertThat(EffectiveValidity.sentSeconds(Token.ID, modelInvalid)).isEmpty();
    assertThat(EffectiveValidity.effectiveSeconds(Token.ID, modelInvalid)).isEmpty();
    assertThat(EffectiveValidity.effectiveSeconds(Token.REFRESH, modelInvalid)).isEmpty();
  }

  @Test
  void givesTheThirtyDayDefaultForARefreshValueOfZero() {
    CreateUserPoolClientRequest zero =
        Fixtures.request()
            .refreshTokenValidity(0)
            .tokenValidityUnits(TokenValidityUnits.builder().refreshTokenAsString("hours").build())
            .build();

    assertThat(EffectiveValidity.effectiveSeconds(Token.REFRESH, zero)).hasValue(2_592_000L);
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, zero)).isEmpty();
  }

  @Test
  void givesTheSentAccessAndIdValuesWhenTheRefreshValueIsDefaulted() {
    CreateUserPoolClientRequest request =
        Fixtures.request().accessTokenValidity(2).idTokenValidity(3).build();

    assertThat(EffectiveValidity.effectiveSeconds(Token.ACCESS, request)).hasValue(7_200L);
    assertThat(EffectiveValidity.effectiveSeconds(Token.ID, request)).hasValue(10_800L);
  }

  @Test
  void judgesValuesAtTheModelBoundsAndNotOneBeyond() {
    TokenValidityUnits seconds =
        TokenValidityUnits.builder()
            .accessTokenAsString("seconds")
            .idTokenAsString("seconds")
            .refreshTokenAsString("seconds")
            .build();
    CreateUserPoolClientRequest atBounds =
        Fixtures.request()
            .accessTokenValidity(1)
            .idTokenValidity(86_400)
            .refreshTokenValidity(315_360_000)
            .tokenValidityUnits(seconds)
            .build();
    CreateUserPoolClientRequest atMaxAndMin =
        Fixtures.request()
            .accessTokenValidity(86_400)
            .idTokenValidity(1)
            .refreshTokenValidity(1)
            .tokenValidityUnits(seconds)
            .build();
    CreateUserPoolClientRequest beyond =
        Fixtures.request()
            .accessTokenValidity(86_401)
            .idTokenValidity(0)
            .refreshTokenValidity(315_360_001)
            .tokenValidityUnits(seconds)
            .build();

    assertThat(EffectiveValidity.sentSeconds(Token.ACCESS, atBounds)).hasValue(1L);
    assertThat(EffectiveValidity.sentSeconds(Token.ID, atBounds)).hasValue(86_400L);
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, atBounds)).hasValue(315_360_000L);
    assertThat(EffectiveValidity.sentSeconds(Token.ACCESS, atMaxAndMin)).hasValue(86_400L);
    assertThat(EffectiveValidity.sentSeconds(Token.ID, atMaxAndMin)).hasValue(1L);
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, atMaxAndMin)).hasValue(1L);
    assertThat(EffectiveValidity.sentSeconds(Token.ACCESS, beyond)).isEmpty();
    assertThat(EffectiveValidity.sentSeconds(Token.ID, beyond)).isEmpty();
    assertThat(EffectiveValidity.sentSeconds(Token.REFRESH, beyond)).isEmpty();
    assertThat(EffectiveValidity.outOfRange(Token.ACCESS, atBounds)).isTrue();
    assertThat(EffectiveValidity.outOfRange(Token.ACCESS, beyond)).isFalse();
  }

  @Test
  void namesTheFieldAndRangeOfEachToken() {
    assertThat(Token.ACCESS.field()).isEqualTo("accessTokenValidity");
    assertThat(Token.ID.field()).isEqualTo("idTokenValidity");
    assertThat(Token.REFRESH.field()).isEqualTo("refreshTokenValidity");
    assertThat(Token.ACCESS.minSeconds()).isEqualTo(300L);
    assertThat(Token.ID.maxSeconds()).isEqualTo(86_400L);
    assertThat(Token.REFRESH.minSeconds()).isEqualTo(3_600L);
    assertThat(Token.REFRESH.maxSeconds()).isEqualTo(315_360_000L);
  }
}
