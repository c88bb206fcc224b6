package io.github.poolclient.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates on the wire: every instant has an exact wire form, so writing never throws. */
final class WireDatesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("instants")
  void writesEveryInstantExactlyFlooredToTheMillisecond(Instant instant, String expected) {
    BigDecimal written = WireDates.seconds(instant);

    assertThat(written).hasToString(expected);
    assertThat(written.scale()).isEqualTo(3);
  }

  static Stream<Arguments> instants() {
    return Stream.of(
        Arguments.of(Fixtures.NOW, "1767225600.000"),
        Arguments.of(Instant.parse("1969-12-31T23:59:59.999999Z"), "-0.001"),
        Arguments.of(Instant.ofEpochMilli(Long.MAX_VALUE), "9223372036854775.807"),
        Arguments.of(Instant.ofEpochMilli(Long.MIN_VALUE), "-9223372036854775.808"),
        Arguments.of(Instant.ofEpochSecond(Long.MAX_VALUE / 1000 + 1), "9223372036854776.000"),
        Arguments.of(Instant.MAX, "31556889864403199.999"),
        Arguments.of(Instant.MIN, "-31557014167219200.000"),
        Arguments.of(Instant.MIN.plusNanos(1_500_000), "-31557014167219199.999"),
        Arguments.of(Instant.parse("+1000000000-01-01T00:00:00.250Z"), "31556889832780800.250"),
        Arguments.of(Instant.parse("-1000000000-01-01T00:00:00.250Z"), "-31557014167219199.750"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extremeClocks")
  void writesAClientStampedByAnExtremeClock(Instant now) {
    UserPoolClientFactory factory =
        UserPoolClientFactory.builder()
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .random(new SplittableRandom(1))
            .build();
    CreateUserPoolClientResponse response =
        factory.create(Fixtures.request().build(), Fixtures.pool().build());

    Map<String, Object> written = WireFormat.write(response);

    @SuppressWarnings("unchecked")
    Map<String, Object> client =
        (Map<String, Object>) Objects.requireNonNull(written.get("UserPoolClient"));
    assertThat(client.get("CreationDate")).isEqualTo(WireDates.seconds(now));
    assertThat(client.get("LastModifiedDate")).isEqualTo(client.get("CreationDate"));
  }

  static Stream<Instant> extremeClocks() {
    return Stream.of(
        Instant.MAX.truncatedTo(ChronoUnit.MILLIS),
        Instant.MIN,
        Instant.parse("+1000000000-01-01T00:00:00Z"),
        Instant.parse("-1000000000-01-01T00:00:00Z"));
  }

  static Stream<Arguments> dateNumbers() {
    return Stream.of(
        Arguments.of(1_767_225_600, Instant.parse("2026-01-01T00:00:00Z")),
        Arguments.of(1_767_225_600L, Instant.parse("2026-01-01T00:00:00Z")),
        Arguments.of(1.7492e9, Instant.ofEpochSecond(1_749_200_000L)),
        Arguments.of(new BigDecimal("1749000000.25"), Instant.parse("2025-06-04T01:20:00.250Z")),
        Arguments.of(new BigDecimal("1749000000.2509"), Instant.parse("2025-06-04T01:20:00.250Z")),
        Arguments.of(new BigDecimal("-0.0005"), Instant.parse("1969-12-31T23:59:59.999Z")),
        Arguments.of(new java.math.BigInteger("1767225600"), Instant.parse("2026-01-01T00:00:00Z")),
        Arguments.of(new java.util.concurrent.atomic.AtomicLong(60), Instant.ofEpochSecond(60)));
  }

  @ParameterizedTest
  @MethodSource("dateNumbers")
  void readsDateNumbersFlooredToTheMillisecond(Number seconds, Instant expected) {
    assertThat(WireDates.instant(seconds)).contains(expected);
  }

  static Stream<Number> notDates() {
    return Stream.of(
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        new BigDecimal("1E+1000000000"),
        new BigDecimal("1" + "0".repeat(41)),
        new BigDecimal("0." + "0".repeat(40) + "1"),
        new java.math.BigInteger("2").pow(64),
        new BigDecimal("1E+20"),
        -1e19,
        new Number() {
          private static final long serialVersionUID = 1L;

          @Override
          public int intValue() {
            return 0;
          }

          @Override
          public long longValue() {
            return 0;
          }

          @Override
          public float floatValue() {
            return 0;
          }

          @Override
          public double doubleValue() {
            return 0;
          }

          @Override
          public String toString() {
            return "zero";
          }
        });
  }

  @ParameterizedTest
  @MethodSource("notDates")
  void refusesNumbersThatAreNoDate(Number seconds) {
    assertThat(WireDates.instant(seconds)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void refusesADecimalTextLongerThanAnyDate() {
    Number longText =
        new java.util.concurrent.atomic.AtomicLong(1) {
          private static final long serialVersionUID = 1L;

          @Override
          public String toString() {
            return "1." + "0".repeat(41);
          }
        };
    assertThat(WireDates.instant(longText)).isEmpty();
    assertThat(
            WireDates.instant(
                new java.util.concurrent.atomic.AtomicLong(1) {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public String toString() {
                    return "1." + "0".repeat(40);
                  }
                }))
        .contains(Instant.ofEpochSecond(1));
  }
}
