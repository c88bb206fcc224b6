package io.github.poolclient.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that each character-class and category constraint judges exactly as its printed regex
 * does.
 */
final class CharClassConstraintTest {

  private static final List<Constraint<String>> CONSTRAINTS =
      List.of(
          ModelConstraints.WORD_OR_PLUS,
          ModelConstraints.CLIENT_NAME_CHARS,
          ModelConstraints.SCOPE_CHARS,
          ModelConstraints.URL_CHARS,
          ModelConstraints.USER_POOL_ID_PATTERN,
          ModelConstraints.PROVIDER_CHARS);

  /** Characters around every class boundary, plus some beyond ASCII. */
  private static final String ALPHABET =
      "\u0000\t\n\u000B\f\r\u001F !\"#+,-./09:=@AZ[\\]^_`az{|}~\u007F\u00A0é\u2003ア\uD83D\uDE00"
          + "\u0301\u20AC\u00A9\u0663\u2028\u2029\u00AD\uE000\uD800\uDC00\u02B0\u01C5\u2160";

  static LongStream seeds() {
    return LongStream.range(0, 1000);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void charClassesAgreeWithTheirRegex(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(random.nextBoolean() ? 5 : 12);
    for (int i = 0; i < length; i++) {
      value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    for (Constraint<String> constraint : CONSTRAINTS) {
      String regex =
          constraint.text().substring("Member must satisfy regular expression pattern: ".length());
      assertThat(constraint.test(value.toString()))
          .as("seed %s, %s on %s", seed, regex, value)
          .isEqualTo(Pattern.compile(regex).matcher(value).matches());
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "us-east-1_Example01",
        "a_b",
        "a__b",
        "_a_b",
        "-_b",
        "a_",
        "_a",
        "_",
        "a_b_",
        "a_b-c",
        "a-b_c",
        "a_b c",
        "ab",
        "é_b",
        "a_é",
        ""
      })
  void userPoolIdPatternAgreesWithItsRegexOnTheEdges(String value) {
    assertThat(ModelConstraints.USER_POOL_ID_PATTERN.test(value))
        .as(value)
        .isEqualTo(Pattern.compile("[\\w-]+_[0-9a-zA-Z]+").matcher(value).matches());
  }
}
