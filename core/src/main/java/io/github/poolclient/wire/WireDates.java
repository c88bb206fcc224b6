package io.github.poolclient.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Converts dates between {@link Instant}s and the wire's epoch seconds (catalogue DT-01): a JSON
 * number with millisecond precision.
 */
final class WireDates {
  private WireDates() {}

  /** The most digits a date number may have; no {@link Instant} needs more than 19 + 3. */
  static final int MAX_DIGITS = 40;

  /** The most bits the unscaled value of a date number may have: 40 decimal digits fit in 133. */
  private static final int MAX_BITS = 133;

  /**
   * Returns the instant of {@code seconds} (epoch seconds, possibly with a fraction), truncated to
   * the millisecond; empty when the number is not finite, too long, or outside Instant's range.
   */
  static Optional<Instant> instant(Number seconds) {
    Optional<BigDecimal> exact = exact(seconds);
    if (exact.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal millis = exact.get().movePointRight(3).setScale(0, RoundingMode.FLOOR);
    try {
      return Optional.of(Instant.ofEpochMilli(millis.longValueExact()));
    } catch (ArithmeticException | DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /**
   * Returns the wire form of a date: epoch seconds as a decimal with exactly three places, e.g.
   * {@code 1767225600.000}; never throws.
   *
   * <p>Every {@link Instant}, from {@link Instant#MIN} to {@link Instant#MAX}, has an exact wire
   * form: the instant itself, floored to the millisecond (the factory stamps whole milliseconds, so
   * nothing is lost for its records). An instant whose epoch milliseconds overflow a {@code long}
   * (beyond about 292 million years from 1970) is written from its seconds and milliseconds rather
   * than through {@link Instant#toEpochMilli}, which would throw (issue 9).
   */
  static BigDecimal seconds(Instant instant) {
    long seconds = instant.getEpochSecond();
    long millisOfSecond = instant.getNano() / 1_000_000;
    try {
      return BigDecimal.valueOf(
          Math.addExact(Math.multiplyExact(seconds, 1_000L), millisOfSecond), 3);
    } catch (ArithmeticException beyondLongMillis) {
      return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(millisOfSecond, 3));
    }
  }

  private static Optional<BigDecimal> exact(Number number) {
    // The two arbitrary-precision types are judged by size before any rendering (12.8).
    if (number instanceof BigDecimal big) {
      return big.unscaledValue().bitLength() > MAX_BITS || Math.abs((long) big.scale()) > MAX_DIGITS
          ? Optional.empty()
          : Optional.of(big);
    }
    if (number instanceof BigInteger big) {
      return big.bitLength() > Long.SIZE ? Optional.empty() : Optional.of(new BigDecimal(big));
    }
    // Every other Number prints its value exactly (a double its shortest decimal form), and NaN
    // and the infinities print as words that are no number.
    String text = number.toString();
    if (text.length() > MAX_DIGITS + 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
