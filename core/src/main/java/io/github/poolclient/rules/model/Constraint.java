package io.github.poolclient.rules.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Describes one constraint of a model shape: the test a value must pass and the exact constraint
 * text Cognito prints when it does not (catalogue V-03, V-07, V-13, V-14 and the M-table).
 *
 * @param <T> the type of value checked: {@code String}, {@code Integer} or a list of strings
 */
final class Constraint<T> {
  private final String text;
  private final Predicate<? super T> test;

  private Constraint(String text, Predicate<? super T> test) {
    this.text = text;
    this.test = test;
  }

  /** Returns a string length limit: {@code Member must have length less than or equal to N}. */
  static Constraint<String> maxLength(int max) {
    return new Constraint<>(lengthAtMost(max), value -> value.length() <= max);
  }

  /** Returns a string length floor: {@code Member must have length greater than or equal to N}. */
  static Constraint<String> minLength(int min) {
    return new Constraint<>(
        "Member must have length greater than or equal to " + min, value -> value.length() >= min);
  }

  /**
   * Returns a full-match pattern, printed verbatim (V-13). Java regex semantics: {@code \w} and
   * {@code \s} are ASCII-only, {@code \p{..}} are Unicode categories (M-27).
   */
  static Constraint<String> pattern(String regex) {
    // Compiled on the first value it judges: most requests never send these members, and a regex
    // compiled at class load is paid by every first call (issue 9).
    Supplier<Pattern> compiled = Suppliers.memoize(() -> Pattern.compile(regex));
    return new Constraint<>(
        "Member must satisfy regular expression pattern: " + regex,
        value -> compiled.get().matcher(value).matches());
  }

  /**
   * Returns the full-match pattern {@code regex}, printed verbatim, for a regex that is one ASCII
   * character class repeated ({@code [...]+}), tested with {@code matcher}, the same class as a
   * {@link CharMatcher}: a non-empty value all of whose chars match. Much cheaper than a regex on
   * long lists; {@code ConstraintTest} checks that both agree.
   */
  static Constraint<String> charClass(String regex, CharMatcher matcher) {
    return new Constraint<>(
        "Member must satisfy regular expression pattern: " + regex,
        value -> !value.isEmpty() && matcher.matchesAllOf(value));
  }

  /**
   * Returns M-01's pattern {@code [\w-]+_[0-9a-zA-Z]+}, printed verbatim, tested without a regex:
   * since {@code \w} holds {@code _}, the value matches exactly when the part after its last {@code
   * _} is a non-empty run of ASCII letters and digits and the part before it a non-empty run of
   * {@code [\w-]}. {@code CharClassConstraintTest} checks that both agree.
   */
  static Constraint<String> userPoolIdPattern(CharMatcher word) {
    CharMatcher head = word.or(CharMatcher.is('-')).precomputed();
    CharMatcher tail = word.and(CharMatcher.isNot('_')).precomputed();
    return new Constraint<>(
        "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
        value -> {
          int underscore = value.lastIndexOf('_');
          return underscore > 0
              && underscore < value.length() - 1
              && head.matchesAllOf(value.subSequence(0, underscore))
              && tail.matchesAllOf(value.subSequence(underscore + 1, value.length()));
        });
  }

  /**
   * Returns the full-match pattern {@code regex}, printed verbatim, for a regex that is one class
   * of Unicode general categories repeated ({@code [\p{L}\p{M}...]+}), tested code point by code
   * point with {@link Character#getType}: a non-empty value all of whose code points are of one of
   * {@code categories} (a lone surrogate is of none). {@code CharClassConstraintTest} checks that
   * both agree.
   */
  static Constraint<String> categories(String regex, ImmutableSet<Integer> categories) {
    return new Constraint<>(
        "Member must satisfy regular expression pattern: " + regex,
        value -> !value.isEmpty() && allOfCategories(value, categories));
  }

  private static boolean allOfCategories(String value, ImmutableSet<Integer> categories) {
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (!categories.contains(Character.getType(codePoint))) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * Returns a case-sensitive enum constraint whose membership is the model enum's {@code
   * knownValues}, printed in {@code catalogueOrder} (V-14, 12.2), which must name exactly those
   * values.
   */
  static <E extends Enum<E>> Constraint<String> oneOf(
      Set<E> knownValues, Function<String, E> fromValue, String... catalogueOrder) {
    ImmutableSet.Builder<String> wireValues = ImmutableSet.builder();
    for (E value : knownValues) {
      wireValues.add(value.toString());
    }
    ImmutableSet<String> known = wireValues.build();
    checkArgument(
        ImmutableSet.copyOf(catalogueOrder).equals(known) && catalogueOrder.length == known.size(),
        "enum text %s does not list exactly the known values %s",
        ImmutableList.copyOf(catalogueOrder),
        known);
    return new Constraint<>(
        "Member must satisfy enum value set: [" + String.join(", ", catalogueOrder) + "]",
        value -> knownValues.contains(fromValue.apply(value)));
  }

  /** Returns an integer ceiling: {@code Member must have value less than or equal to N}. */
  static Constraint<Integer> maxValue(int max) {
    return new Constraint<>(
        "Member must have value less than or equal to " + max, value -> value <= max);
  }

  /** Returns an integer floor: {@code Member must have value greater than or equal to N}. */
  static Constraint<Integer> minValue(int min) {
    return new Constraint<>(
        "Member must have value greater than or equal to " + min, value -> value >= min);
  }

  /**
   * Returns a list size limit, counted as sent (duplicates included, 12.4); its text is the same as
   * a string length limit.
   */
  static Constraint<List<String>> maxSize(int max) {
    return new Constraint<>(lengthAtMost(max), list -> list.size() <= max);
  }

  /**
   * Returns the element shape of a list (V-07): broken when any element breaks any of {@code
   * elementConstraints}, and then printed once with ALL of them, {@code Member must satisfy
   * constraint: [<c1>, <c2>, ...]}.
   */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static Constraint<List<String>> eachElement(Constraint<String>... elementConstraints) {
    ImmutableList<Constraint<String>> inner = ImmutableList.copyOf(elementConstraints);
    StringJoiner texts = new StringJoiner(", ");
    for (Constraint<String> constraint : inner) {
      texts.add(constraint.text());
    }
    return new Constraint<>(
        "Member must satisfy constraint: [" + texts + "]", list -> all(inner, list));
  }

  /**
   * Returns the exact constraint text Cognito prints after {@code failed to satisfy constraint:}.
   */
  String text() {
    return text;
  }

  /** Returns whether {@code value} satisfies this constraint. */
  boolean test(T value) {
    return test.test(value);
  }

  /** Returns the constraint text, for test output. */
  @Override
  public String toString() {
    return text;
  }

  private static boolean all(ImmutableList<Constraint<String>> constraints, List<String> list) {
    // Indexed loops: no iterator per element on this hot path.
    for (int i = 0; i < list.size(); i++) {
      String element = list.get(i);
      for (int c = 0; c < constraints.size(); c++) {
        if (!constraints.get(c).test(element)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String lengthAtMost(int max) {
    return "Member must have length less than or equal to " + max;
  }
}
