package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class GeneratorTest {

  private static <T> List<T> draw(Generator<T> generator, int count) {
    SplittableRandom random = new SplittableRandom(42);
    return IntStream.range(0, count).mapToObj(i -> generator.next(random)).toList();
  }

  @Test
  void sameSeedGivesSameValues() {
    Generator<ImmutableList<String>> generator =
        Generator.lists(Generator.strings("abc", 0, 5), 0, 10);
    assertThat(generator.next(new SplittableRandom(7)))
        .isEqualTo(generator.next(new SplittableRandom(7)));
  }

  @Test
  void integersStayInRangeAndHitBothBoundaries() {
    List<Integer> values = draw(Generator.integers(-3, 1000), 400);
    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(-3, 1000));
    assertThat(values).contains(-3, -2, 0, 999, 1000);
  }

  @Test
  void integersCoverTheWholeIntRange() {
    List<Integer> values = draw(Generator.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), 400);
    assertThat(values).contains(Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
  }

  @Test
  void integersOfOneValueAlwaysGiveIt() {
    assertThat(draw(Generator.integers(5, 5), 50)).containsOnly(5);
  }

  @Test
  void integersRejectAnEmptyRange() {
    assertThatThrownBy(() -> Generator.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsHaveSizesWithinBoundsIncludingBoth() {
    List<ImmutableList<Integer>> lists = draw(Generator.lists(Generator.constant(1), 2, 7), 300);
    assertThat(lists).allSatisfy(list -> assertThat(list).hasSizeBetween(2, 7));
    assertThat(lists.stream().map(List::size).toList()).contains(2, 7);
  }

  @Test
  void subsetsHoldDistinctElementsOfTheSource() {
    ImmutableList<String> source = ImmutableList.of("a", "b", "c", "d");
    List<ImmutableList<String>> subsets = draw(Generator.subsets(source, 1, 3), 300);
    assertThat(subsets)
        .allSatisfy(
            subset -> {
              assertThat(subset).hasSizeBetween(1, 3).doesNotHaveDuplicates();
              assertThat(source).containsAll(subset);
            });
  }

  @Test
  void subsetsCapTheSizeAtTheSourceSize() {
    assertThat(draw(Generator.subsets(ImmutableList.of("a", "b"), 0, 50), 100))
        .allSatisfy(subset -> assertThat(subset).hasSizeLessThanOrEqualTo(2));
  }

  @Test
  void stringsUseOnlyTheAlphabetWithinTheLengths() {
    List<String> strings = draw(Generator.strings("xé日", 3, 6), 300);
    assertThat(strings).allSatisfy(s -> assertThat(s).hasSizeBetween(3, 6).matches("[xé日]+"));
  }

  @Test
  void stringsCountCodePointsNotChars() {
    assertThat(draw(Generator.strings("😀", 2, 2), 5))
        .allSatisfy(s -> assertThat(s.codePointCount(0, s.length())).isEqualTo(2));
  }

  @Test
  void oneOfDrawsEveryValue() {
    assertThat(new HashSet<>(draw(Generator.oneOf(ImmutableList.of("a", "b", "c")), 100)))
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void oneOfGeneratorsDrawsFromEachGenerator() {
    Set<Integer> values =
        new HashSet<>(draw(Generator.oneOf(Generator.constant(1), Generator.constant(2)), 100));
    assertThat(values).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void oneOfRejectsNoValues() {
    assertThatThrownBy(() -> Generator.oneOf(ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frequencyNeverDrawsAZeroWeight() {
    Generator<String> generator =
        Generator.frequency(
            Generator.weighted(0, Generator.constant("never")),
            Generator.weighted(3, Generator.constant("always")));
    assertThat(draw(generator, 200)).containsOnly("always");
  }

  @Test
  void frequencyFollowsTheWeights() {
    List<String> values =
        draw(
            Generator.frequency(
                Generator.weighted(1, Generator.constant("rare")),
                Generator.weighted(9, Generator.constant("common"))),
            1000);
    long rare = values.stream().filter("rare"::equals).count();
    assertThat(rare).isBetween(50L, 160L);
  }

  @Test
  void frequencyRejectsNegativeAndAllZeroWeights() {
    assertThatThrownBy(() -> Generator.weighted(-1, Generator.constant(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.frequency(Generator.weighted(0, Generator.constant(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionalIsSometimesEmptyAndSometimesPresent() {
    List<Optional<Integer>> values = draw(Generator.optional(Generator.constant(1)), 200);
    assertThat(values).contains(Optional.empty(), Optional.of(1));
  }

  @Test
  void mapAndFlatMapCompose() {
    Generator<String> generator =
        Generator.integers(1, 3).flatMap(n -> Generator.strings("z", n, n)).map(s -> s + "!");
    assertThat(draw(generator, 100)).allSatisfy(s -> assertThat(s).matches("z{1,3}!"));
  }

  @Test
  void booleansGiveBoth() {
    assertThat(new HashSet<>(draw(Generator.booleans(), 100)))
        .containsExactlyInAnyOrder(true, false);
  }
}
