package io.github.poolclient.wire;

import java.math.BigDecimal;
import java.time.Instant;

/** Writes dates in their wire form (catalogue DT-01): epoch seconds with millisecond precision. */
final class WireDates {
  private WireDates() {}

  /**
   * Beyond this many seconds from the epoch, epoch milliseconds no longer fit in a {@code long}.
   */
  private static final long MAX_SECONDS_AS_MILLIS = Long.MAX_VALUE / 1_000 - 1;

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
    if (Math.abs(seconds) <= MAX_SECONDS_AS_MILLIS) {
      return BigDecimal.valueOf(seconds * 1_000 + millisOfSecond, 3);
    }
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(millisOfSecond, 3));
  }
}
