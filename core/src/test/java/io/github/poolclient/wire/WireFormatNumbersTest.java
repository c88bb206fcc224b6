package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireFormatTest.assertSerializationError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
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
        exact(new BigDecimal("0E-1000000000"), 0),
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
