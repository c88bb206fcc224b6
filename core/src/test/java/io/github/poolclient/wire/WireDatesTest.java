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
}
