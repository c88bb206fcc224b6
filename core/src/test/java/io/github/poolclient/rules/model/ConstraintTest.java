package io.github.poolclient.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.FeatureType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConstraintTest {

  @Test
  void countsStringLengthInUtf16Units() {
    assertThat(Constraint.maxLength(2).test("ab")).isTrue();
    assertThat(Constraint.maxLength(2).test("abc")).isFalse();
    assertThat(Constraint.minLength(2).test("a")).isFalse();
    // One code point outside the BMP is two chars, as in java.lang.String.
    assertThat(Constraint.maxLength(1).test("\uD83D\uDE00")).isFalse();
  }

  @Test
  void matchesPatternsAgainstTheWholeValue() {
    Constraint<String> letters = Constraint.pattern("[a-z]+");
    assertThat(letters.test("abc")).isTrue();
    assertThat(letters.test("abc1")).isFalse();
    assertThat(letters.text()).isEqualTo("Member must satisfy regular expression pattern: [a-z]+");
  }

  @Test
  void treatsWordAndSpaceClassesAsAscii() {
    assertThat(Constraint.pattern("\\w+").test("é")).isFalse();
    assertThat(Constraint.pattern("\\s+").test("\t\n\u000B\f\r ")).isTrue();
    assertThat(Constraint.pattern("\\s+").test("\u00A0")).isFalse();
  }

  @Test
  void comparesIntegersInclusively() {
    assertThat(Constraint.maxValue(15).test(15)).isTrue();
    assertThat(Constraint.maxValue(15).test(16)).isFalse();
    assertThat(Constraint.minValue(3).test(3)).isTrue();
    assertThat(Constraint.minValue(3).test(2)).isFalse();
    assertThat(Constraint.maxValue(15).text())
        .isEqualTo("Member must have value less than or equal to 15");
    assertThat(Constraint.minValue(3).text())
        .isEqualTo("Member must have value greater than or equal to 3");
  }

  @Test
  void countsListSizeWithDuplicatesUnderTheLengthText() {
    Constraint<List<String>> size = Constraint.maxSize(2);
    assertThat(size.test(ImmutableList.of("a", "a"))).isTrue();
    assertThat(size.test(ImmutableList.of("a", "a", "a"))).isFalse();
    assertThat(size.text()).isEqualTo("Member must have length less than or equal to 2");
  }

  @Test
  void listsEveryElementConstraintWhenOneElementBreaksOne() {
    Constraint<List<String>> elements =
        Constraint.eachElement(
            Constraint.maxLength(3), Constraint.minLength(1), Constraint.pattern("[a-z]+"));
    assertThat(elements.test(ImmutableList.of())).isTrue();
    assertThat(elements.test(ImmutableList.of("abc", "x"))).isTrue();
    assertThat(elements.test(ImmutableList.of("abc", "abcd"))).isFalse();
    assertThat(elements.test(ImmutableList.of("ab1"))).isFalse();
    assertThat(elements.text())
        .isEqualTo(
            "Member must satisfy constraint: [Member must have length less than or equal to 3,"
                + " Member must have length greater than or equal to 1, Member must satisfy regular"
                + " expression pattern: [a-z]+]");
  }

  @Test
  void checksEnumMembershipCaseSensitivelyAndPrintsTheGivenOrder() {
    Constraint<String> feature =
        Constraint.oneOf(FeatureType.knownValues(), FeatureType::fromValue, "DISABLED", "ENABLED");
    assertThat(feature.test("ENABLED")).isTrue();
    assertThat(feature.test("enabled")).isFalse();
    assertThat(feature.test("UNKNOWN_TO_SDK_VERSION")).isFalse();
    assertThat(feature.text()).isEqualTo("Member must satisfy enum value set: [DISABLED, ENABLED]");
  }

  @Test
  void refusesAnEnumTextThatDoesNotListExactlyTheKnownValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Constraint.oneOf(FeatureType.knownValues(), FeatureType::fromValue, "ENABLED"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Constraint.oneOf(
                    FeatureType.knownValues(),
                    FeatureType::fromValue,
                    "ENABLED",
                    "DISABLED",
                    "ON"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Constraint.oneOf(
                    FeatureType.knownValues(),
                    FeatureType::fromValue,
                    "ENABLED",
                    "DISABLED",
                    "ENABLED"));
  }
}
