package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireFormatTest.assertSerializationError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.poolclient.error.CognitoException;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which {@link Number}s read as a 32-bit integer member, and which are of the wrong kind. */
final class WireFormatNumbersTest {

  /** A {@link Number} of no JDK type whose decimal text is {@code text} (like Gson's numbers). */
  private static final class TextNumber extends Number {
    private static final long serialVersionUID = 1L;
    private final String text;

    TextNumber(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return (int) doubleValue();
    }

    @Override
    public long longValue() {
      return (long) doubleValue();
    }

    @Override
    public float floatValue() {
      return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
      return Double.parseDouble(text);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("exactIntegers")
  void readsEveryNumberThatIsExactlyAnInt(Number value, String type, int expected) {
    CreateUserPoolClientRequest request =
        WireFormat.readCreateUserPoolClientRequest(Map.of("AccessTokenValidity", value));

    assertThat(request.accessTokenValidity()).contains(expected);
    assertThat(WireFormat.write(request)).isEqualTo(Map.of("AccessTokenValidity", expected));
  }

  static Stream<Arguments> exactIntegers() {
    return Stream.of(
        exact(60, 60),
        exact(0, 0),
        exact(-1, -1),
        exact(Integer.MAX_VALUE, Integer.MAX_VALUE),
        exact(Integer.MIN_VALUE, Integer.MIN_VALUE),
        exact((short) 60, 60),
        exact((byte) -60, -60),
        exact(60L, 60),
        exact((long) Integer.MAX_VALUE, Integer.MAX_VALUE),
        exact((long) Integer.MIN_VALUE, Integer.MIN_VALUE),
        exact(BigInteger.valueOf(60), 60),
        exact(BigInteger.valueOf(Integer.MIN_VALUE), Integer.MIN_VALUE),
        exact(new BigDecimal("60"), 60),
        exact(new BigDecimal("60.0"), 60),
        exact(new BigDecimal("60.000000000000000000000"), 60),
        exact(new BigDecimal("6E+1"), 60),
        exact(new BigDecimal("2147483647"), Integer.MAX_VALUE),
        exact(new BigDecimal("-2147483648.0"), Integer.MIN_VALUE),
        exact(new BigDecimal("0E+1000000000"), 0),
        // Catalogue 12.8: up to 1,000 digits on each side of the point.
        exact(new BigDecimal("60." + "0".repeat(1_000)), 60),
        exact(new BigDecimal(BigInteger.ZERO, 1_000), 0),
        exact(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE), 0),
        exact(new TextNumber("60." + "0".repeat(1_000)), 60),
        exact(new TextNumber("0" + "0".repeat(999) + "60." + "0".repeat(1_000)), 60),
        // The longest text read: 2,016 characters.
        exact(new TextNumber("0".repeat(1_013) + "60." + "0".repeat(1_000)), 60),
        exact(adder(Integer.MIN_VALUE), Integer.MIN_VALUE),
        exact(new LongAccumulator(Long::sum, 60), 60),
        exact(new DoubleAccumulator(Double::sum, 60.0), 60),
        exact(60.0, 60),
        exact(-0.0, 0),
        exact(2147483647.0, Integer.MAX_VALUE),
        exact(-2147483648.0, Integer.MIN_VALUE),
        exact(60.0f, 60),
        // 2^30 as a float prints as 1.07374182E9: judged on its value, not on its text.
        exact((float) (1 << 30), 1073741824),
        exact((float) Integer.MIN_VALUE, Integer.MIN_VALUE),
        exact(new AtomicInteger(60), 60),
        exact(new AtomicLong(60), 60),
        exact(adder(60), 60),
        exact(doubleAdder(60.0), 60),
        exact(new TextNumber("60"), 60),
        exact(new TextNumber("60.0"), 60),
        exact(new TextNumber("6e1"), 60));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("notExactIntegers")
  void rejectsEveryNumberThatIsNotExactlyAnInt(Number value, String type) {
    assertSerializationError(
        Map.of("AccessTokenValidity", value),
        "Unexpected value type for member 'AccessTokenValidity': expected integer");
  }

  static Stream<Arguments> notExactIntegers() {
    return Stream.of(
        number(2147483648L),
        number(-2147483649L),
        number(Long.MAX_VALUE),
        number(Long.MIN_VALUE),
        number(BigInteger.ONE.shiftLeft(31)),
        number(BigInteger.ONE.shiftLeft(31).negate().subtract(BigInteger.ONE)),
        number(BigInteger.TEN.pow(100)),
        number(new BigDecimal("60.5")),
        number(new BigDecimal("60.0000000001")),
        // Closer to 60 than any double: judged on the decimal value, not on doubleValue().
        number(new BigDecimal("60.00000000000000000001")),
        number(new BigDecimal("2147483647.00000000000000000001")),
        number(new BigDecimal("0.5")),
        number(new BigDecimal("2147483647.5")),
        number(new BigDecimal("2147483648")),
        number(new BigDecimal("-2147483649")),
        number(new BigDecimal("1E+10")),
        number(new BigDecimal("1E+1000000000")),
        number(new BigDecimal("-1E+1000000000")),
        number(new BigDecimal("1E-1000000000")),
        // Catalogue 12.8: more than 1,000 digits before or after the point, whatever the value.
        number(new BigDecimal("0E-1000000000")),
        number(new BigDecimal(BigInteger.ZERO, 1_001)),
        number(new BigDecimal("60." + "0".repeat(1_001))),
        number(new BigDecimal(BigInteger.valueOf(60).multiply(BigInteger.TEN.pow(1_001)), 1_001)),
        number(new TextNumber("60." + "0".repeat(1_001))),
        number(new TextNumber("0".repeat(2_100) + "60")),
        number(new TextNumber("0".repeat(1_014) + "60." + "0".repeat(1_000))),
        number(BigInteger.TEN.pow(1_000)),
        number(new BigDecimal(BigInteger.TEN.pow(1_000))),
        number(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)),
        number(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)),
        number(60.5),
        number(-60.5),
        number(0.1),
        number(Double.MIN_VALUE),
        number(Double.NaN),
        number(Double.POSITIVE_INFINITY),
        number(Double.NEGATIVE_INFINITY),
        number(2147483648.0),
        number(-2147483649.0),
        number(1e300),
        number(60.5f),
        number(Float.NaN),
        number(1e10f),
        number(0x1p31f), // 2147483648
        number(new AtomicLong(2147483648L)),
        number(adder(-2147483649L)),
        number(doubleAdder(0.5)),
        number(new TextNumber("60.5")),
        number(new TextNumber("60.00000000000000000001")),
        number(new TextNumber("NaN")),
        number(new TextNumber("1e400")),
        number(new TextNumber("sixty")));
  }

  @Test
  void refusesAbsurdDecimalsQuickly() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          for (String text :
              new String[] {"1E+1000000000", "1E-1000000000", "1.5E+999999999", "9E+2147483647"}) {
            assertSerializationError(
                Map.of("AccessTokenValidity", new BigDecimal(text)),
                "Unexpected value type for member 'AccessTokenValidity': expected integer");
          }
        });
  }

  @Test
  void refusesAMillionDigitNumberAboutAsFastAsAThousandDigitOne() {
    BigInteger millionDigits = BigInteger.TEN.pow(999_999).multiply(BigInteger.valueOf(6));
    BigInteger thousandDigits = BigInteger.TEN.pow(999).multiply(BigInteger.valueOf(6));
    String millionDigitText = "6" + "0".repeat(999_999);
    String thousandDigitText = "6" + "0".repeat(999);
    Number[] huge = {
      millionDigits,
      new BigDecimal(millionDigits),
      new BigDecimal(BigInteger.valueOf(60).multiply(BigInteger.TEN.pow(1_000_000)), 1_000_000),
      new TextNumber(millionDigitText),
      new TextNumber("60." + "0".repeat(1_000_000)),
    };
    Number[] small = {
      thousandDigits,
      new BigDecimal(thousandDigits),
      new BigDecimal(BigInteger.valueOf(60).multiply(BigInteger.TEN.pow(1_000)), 1_000),
      new TextNumber(thousandDigitText),
      new TextNumber("60." + "0".repeat(1_001)),
    };

    for (int i = 0; i < huge.length; i++) {
      Map<String, Number> hugeBody = Map.of("AccessTokenValidity", huge[i]);
      Map<String, Number> smallBody = Map.of("AccessTokenValidity", small[i]);
      assertSerializationError(
          hugeBody, "Unexpected value type for member 'AccessTokenValidity': expected integer");
      long hugeNanos = bestOfReads(hugeBody);
      long smallNanos = bestOfReads(smallBody);
      // Refused before any arithmetic: a quadratic parse of a million digits takes seconds, a
      // linear scan hundreds of times a thousand-digit read.
      assertThat(hugeNanos)
          .as("%s: %s ns for a million digits, %s ns for a thousand", i, hugeNanos, smallNanos)
          .isLessThan(20 * smallNanos + 2_000_000);
    }
  }

  /** Returns the best time, over a few rounds, of reading {@code body} 200 times. */
  private static long bestOfReads(Map<String, Number> body) {
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      for (int read = 0; read < 200; read++) {
        try {
          WireFormat.readCreateUserPoolClientRequest(body);
        } catch (CognitoException expected) {
          // Both bodies are refused; only the time counts here.
        }
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void checksNestedIntegersTheSameWay() {
    assertThat(
            WireFormat.readCreateUserPoolClientRequest(
                    Map.of("RefreshTokenRotation", Map.of("RetryGracePeriodSeconds", 30.0)))
                .refreshTokenRotation())
        .contains(RefreshTokenRotation.builder().retryGracePeriodSeconds(30).build());
    assertSerializationError(
        Map.of("RefreshTokenRotation", Map.of("RetryGracePeriodSeconds", 30.5)),
        "Unexpected value type for member 'RefreshTokenRotation.RetryGracePeriodSeconds':"
            + " expected integer");
  }

  @Test
  void rejectsBooleansAndNumericStringsForIntegers() {
    assertSerializationError(
        Map.of("AuthSessionValidity", true),
        "Unexpected value type for member 'AuthSessionValidity': expected integer");
    assertSerializationError(
        Map.of("AuthSessionValidity", "3"),
        "Unexpected value type for member 'AuthSessionValidity': expected integer");
  }

  private static Arguments exact(Number value, int expected) {
    return Arguments.of(value, value.getClass().getSimpleName(), expected);
  }

  private static Arguments number(Number value) {
    return Arguments.of(value, value.getClass().getSimpleName());
  }

  private static LongAdder adder(long value) {
    LongAdder adder = new LongAdder();
    adder.add(value);
    return adder;
  }

  private static DoubleAdder doubleAdder(double value) {
    DoubleAdder adder = new DoubleAdder();
    adder.add(value);
    return adder;
  }
}
