package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.TokenValidityUnits;
import org.junit.jupiter.api.Test;

final class TokenValidityConstraintsTest {

  private static final String UNITS =
      "Member must satisfy enum value set: [seconds, hours, minutes, days]";

  @Test
  void acceptsRefreshValidityFromZeroTo315360000() {
    assertThat(violations(Fixtures.request().refreshTokenValidity(0))).isEmpty();
    assertThat(violations(Fixtures.request().refreshTokenValidity(315360000))).isEmpty();
  }

  @Test
  void rejectsNegativeRefreshValidityWithTheValueQuoted() {
    assertThat(violations(Fixtures.request().refreshTokenValidity(-1)))
        .containsExactly(
            item(
                "M-06",
                "refreshTokenValidity",
                "Value '-1' at 'refreshTokenValidity' failed to satisfy constraint: Member must"
                    + " have value greater than or equal to 0"));
  }

  @Test
  void rejectsRefreshValidityAbove315360000() {
    assertThat(violations(Fixtures.request().refreshTokenValidity(315360001)))
        .containsExactly(
            item(
                "M-06",
                "refreshTokenValidity",
                "Value '315360001' at 'refreshTokenValidity' failed to satisfy constraint: Member"
                    + " must have value less than or equal to 315360000"));
  }

  @Test
  void acceptsAccessAndIdValidityFromOneTo86400() {
    assertThat(violations(Fixtures.request().accessTokenValidity(1).idTokenValidity(1))).isEmpty();
    assertThat(violations(Fixtures.request().accessTokenValidity(86400).idTokenValidity(86400)))
        .isEmpty();
  }

  @Test
  void rejectsZeroAccessValidity() {
    assertThat(violations(Fixtures.request().accessTokenValidity(0)))
        .containsExactly(
            item(
                "M-07",
                "accessTokenValidity",
                "Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must have"
                    + " value greater than or equal to 1"));
  }

  @Test
  void rejectsAccessValidityAbove86400WhateverTheUnit() {
    assertThat(
            violations(
                Fixtures.request()
                    .accessTokenValidity(86401)
                    .tokenValidityUnits(
                        TokenValidityUnits.builder().accessTokenAsString("seconds").build())))
        .containsExactly(
            item(
                "M-07",
                "accessTokenValidity",
                "Value '86401' at 'accessTokenValidity' failed to satisfy constraint: Member must"
                    + " have value less than or equal to 86400"));
  }

  @Test
  void rejectsZeroAndOversizedIdValidity() {
    assertThat(violations(Fixtures.request().idTokenValidity(0)))
        .containsExactly(
            item(
                "M-08",
                "idTokenValidity",
                "Value '0' at 'idTokenValidity' failed to satisfy constraint: Member must have"
                    + " value greater than or equal to 1"));
    assertThat(violations(Fixtures.request().idTokenValidity(86401)))
        .containsExactly(
            item(
                "M-08",
                "idTokenValidity",
                "Value '86401' at 'idTokenValidity' failed to satisfy constraint: Member must have"
                    + " value less than or equal to 86400"));
  }

  @Test
  void rendersTheSmallestIntegerInFull() {
    assertThat(violations(Fixtures.request().accessTokenValidity(Integer.MIN_VALUE)))
        .extracting(Violation::message)
        .containsExactly(
            "Value '-2147483648' at 'accessTokenValidity' failed to satisfy constraint: Member"
                + " must have value greater than or equal to 1");
  }

  @Test
  void acceptsEveryUnitAndAnEmptyUnitsStructure() {
    for (String unit : new String[] {"seconds", "minutes", "hours", "days"}) {
      assertThat(
              violations(
                  Fixtures.request()
                      .tokenValidityUnits(
                          TokenValidityUnits.builder()
                              .accessTokenAsString(unit)
                              .idTokenAsString(unit)
                              .refreshTokenAsString(unit)
                              .build())))
          .as(unit)
          .isEmpty();
    }
    assertThat(
            violations(Fixtures.request().tokenValidityUnits(TokenValidityUnits.builder().build())))
        .isEmpty();
  }

  @Test
  void rejectsAnUnknownAccessTokenUnit() {
    assertThat(
            violations(
                Fixtures.request()
                    .tokenValidityUnits(
                        TokenValidityUnits.builder().accessTokenAsString("weeks").build())))
        .containsExactly(
            item(
                "M-09",
                "tokenValidityUnits.accessToken",
                "Value 'weeks' at 'tokenValidityUnits.accessToken' failed to satisfy constraint: "
                    + UNITS));
  }

  @Test
  void rejectsUnitsInTheWrongCaseInAccessIdRefreshOrder() {
    assertThat(
            violations(
                Fixtures.request()
                    .tokenValidityUnits(
                        TokenValidityUnits.builder()
                            .refreshTokenAsString("DAYS")
                            .idTokenAsString("Minutes")
                            .accessTokenAsString("")
                            .build())))
        .containsExactly(
            item(
                "M-09",
                "tokenValidityUnits.accessToken",
                "Value '' at 'tokenValidityUnits.accessToken' failed to satisfy constraint: "
                    + UNITS),
            item(
                "M-09",
                "tokenValidityUnits.idToken",
                "Value 'Minutes' at 'tokenValidityUnits.idToken' failed to satisfy constraint: "
                    + UNITS),
            item(
                "M-09",
                "tokenValidityUnits.refreshToken",
                "Value 'DAYS' at 'tokenValidityUnits.refreshToken' failed to satisfy constraint: "
                    + UNITS));
  }
}
