package io.github.poolclient.wire;

import com.google.common.math.DoubleMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * Converts the {@link Number}s that JSON libraries hand over into exact 32-bit integers.
 *
 * <p>A number converts only when its value is exactly an {@code int}: no rounding, no truncation,
 * no wrap-around. A zero fraction ({@code 60.0}) is still an integral value and converts (ours).
 */
final class WireNumbers {
  private WireNumbers() {}

  /** Returns the number's value as an {@code int}, or empty when it is not exactly one. */
  static OptionalInt exactInt(Number number) {
    try {
      return OptionalInt.of(toIntExact(number));
    } catch (ArithmeticException | NumberFormatException notAnExactInt) {
      return OptionalInt.empty();
    }
  }

  private static int toIntExact(Number number) {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return number.intValue();
    }
    if (number instanceof Long) {
      return Math.toIntExact(number.longValue());
    }
    if (number instanceof Double || number instanceof Float) {
      // Float widens to double exactly, so 60.5f is still seen as a fraction.
      return DoubleMath.roundToInt(number.doubleValue(), RoundingMode.UNNECESSARY);
    }
    if (number instanceof BigInteger bigInteger) {
      return bigInteger.intValueExact();
    }
    // BigDecimal, and any other Number (AtomicLong, LongAdder, Gson's LazilyParsedNumber, ...)
    // through its decimal text, which every JDK and JSON-library Number prints exactly.
    // intValueExact judges the digit count before rescaling, so 1E+1000000000 fails at once.
    BigDecimal decimal =
        number instanceof BigDecimal bigDecimal ? bigDecimal : new BigDecimal(number.toString());
    return decimal.intValueExact();
  }
}
