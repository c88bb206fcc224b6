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
 *
 * <p>A number that would take more than {@value #MAX_DIGITS} digits before or after the point to
 * write in plain decimal never converts, whatever its value (catalogue 12.8): {@code 60.000…0} with
 * 1,001 zeros and {@code 6E+1001} are refused like {@code 60.5}, while {@code 0E+1001} is {@code 0}
 * (plain decimal writes zero as {@code 0} whatever its exponent). The length is judged without
 * rendering the number (a {@link BigDecimal}'s scale and the bit length of its unscaled value, a
 * {@link BigInteger}'s bit length), so a number of a million digits is refused in constant time.
 */
final class WireNumbers {
  private WireNumbers() {}

  /** The most digits a number may have on either side of the point (catalogue 12.8). */
  static final int MAX_DIGITS = 1_000;

  /**
   * An unscaled value of more bits has more than {@code 2 * MAX_DIGITS} digits (6,700 bits hold at
   * least 2,017), so with at most {@code MAX_DIGITS} of them after the point, more than {@code
   * MAX_DIGITS} are before it.
   */
  private static final int MAX_UNSCALED_BITS = 6_700;

  /**
   * A decimal text longer than this has more than {@code MAX_DIGITS} digits on one side of the
   * point, unless it is padded with zeros (leading zeros, or a mantissa shifted back by an
   * exponent), which is refused too: no JSON library writes a legal value that way.
   */
  private static final int MAX_TEXT_LENGTH = 2 * MAX_DIGITS + 16;

  /** Returns the number's value as an {@code int}, or empty when it is not exactly one. */
  static OptionalInt exactInt(Number number) {
    try {
      return OptionalInt.of(toIntExact(number));
    } catch (ArithmeticException | NumberFormatException notAnExactInt) {
      return OptionalInt.empty();
    }
  }

  private static int toIntExact(Number number) {
    // Shortcuts for what JSON parsers hand over; they give what the text path below would.
    if (number instanceof Integer) {
      return number.intValue();
    }
    if (number instanceof Long) {
      return Math.toIntExact(number.longValue());
    }
    if (number instanceof Double || number instanceof Float) {
      // Judged on the binary value, never on the text: a float's shortest text can name another
      // number (2^30 as a float prints as 1.07374182E9). Float widens to double exactly, so 60.5f
      // is still seen as a fraction. No double that is an int has more than 10 digits.
      return DoubleMath.roundToInt(number.doubleValue(), RoundingMode.UNNECESSARY);
    }
    if (number instanceof BigInteger integer) {
      // bitLength is O(1); a BigInteger of more than 31 bits is outside the int range, and so is
      // every BigInteger of more than MAX_DIGITS digits.
      return integer.intValueExact();
    }
    if (number instanceof BigDecimal decimal) {
      return toIntExact(decimal);
    }
    // Every other Number (Gson's LazilyParsedNumber, AtomicLong, ...) through its decimal text,
    // which every
    // JSON-library Number prints exactly; its length is checked first, since parsing a long text
    // into a BigDecimal is quadratic.
    String text = number.toString();
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new ArithmeticException("too many digits");
    }
    return toIntExact(new BigDecimal(text));
  }

  private static int toIntExact(BigDecimal number) {
    long scale = number.scale();
    if (scale > MAX_DIGITS) {
      throw new ArithmeticException("too many digits after the point");
    }
    if (number.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      throw new ArithmeticException("too many digits before the point");
    }
    // Cheap now: intValueExact computes the precision (quadratic in the digits) and refuses every
    // value of more than 10 digits before the point; zero, whatever its scale, is 0.
    return number.intValueExact();
  }
}
