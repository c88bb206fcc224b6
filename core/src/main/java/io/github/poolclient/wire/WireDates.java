package io.github.poolclient.wire;

import java.math.BigDecimal;
import java.time.Instant;

/** Writes dates in their wire form (catalogue DT-01): epoch seconds with millisecond precision. */
final class WireDates {
  private WireDates() {}

  /**
   * Returns {@code instant} as epoch seconds in a {@link BigDecimal} of scale 3, e.g. {@code
   * 1767225600.000}; never throws.
   *
   * <p>Every {@link Instant}, from {@link Instant#MIN} to {@link Instant#MAX}, has an exact wire
   * form: the instant itself, floored to the millisecond (the factory stamps whole milliseconds, so
   * nothing is lost for its records). An instant whose epoch milliseconds overflow a {@code long}
   * (beyond about 292 million years from 1970) is written from its seconds and milliseconds rather
   * than through {@link Instant#toEpochMilli}, which would throw.
   */
  static BigDecimal epochSeconds(Instant instant) {
    long seconds = instant.getEpochSecond();
    long millisOfSecond = instant.getNano() / 1_000_000;
    try {
      return BigDecimal.valueOf(
          Math.addExact(Math.multiplyExact(seconds, 1_000L), millisOfSecond), 3);
    } catch (ArithmeticException beyondLongMillis) {
      return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(millisOfSecond, 3));
    }
  }
}
