package io.github.poolclient.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Produces random values of {@code T} from a {@link RandomGenerator}.
 *
 * <p>A generator is a pure function of the random source: the same seed gives the same value, so a
 * failing seed can be replayed. Generators hold no state and are safe to share between threads;
 * random sources are not, so give each thread its own (e.g. {@code new SplittableRandom(seed)}).
 * There is deliberately no {@code filter}: every generator here builds its values to fit, so none
 * can loop forever.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {

  /** Returns the next value, drawing all randomness from {@code random}. */
  T next(RandomGenerator random);

  /** Returns a generator that applies {@code mapper} to this generator's values. */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    checkNotNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator that feeds each value of this generator to {@code next}, and draws from the
   * generator it returns.
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> next) {
    checkNotNull(next, "next");
    return random -> next.apply(next(random)).next(random);
  }

  /** Returns a generator that always produces {@code value}. */
  static <T> Generator<T> constant(T value) {
    checkNotNull(value, "value");
    return random -> value;
  }

  /** Returns a generator of one of {@code values}, each equally likely. */
  static <T> Generator<T> oneOf(Collection<? extends T> values) {
    ImmutableList<T> choices = ImmutableList.copyOf(values);
    checkArgument(!choices.isEmpty(), "no values to choose from");
    return random -> choices.get(random.nextInt(choices.size()));
  }

  /** Returns a generator that draws from one of {@code generators}, each equally likely. */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    ImmutableList<Generator<? extends T>> choices = ImmutableList.copyOf(generators);
    checkArgument(!choices.isEmpty(), "no generators to choose from");
    return random -> choices.get(random.nextInt(choices.size())).next(random);
  }

  /**
   * Returns a choice for {@link #frequency}: {@code generator}, drawn with weight {@code weight}.
   */
  static <T> Weighted<T> weighted(int weight, Generator<? extends T> generator) {
    return new Weighted<>(weight, generator);
  }

  /** Returns a generator that draws from one of {@code choices}, in proportion to their weights. */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static <T> Generator<T> frequency(Weighted<? extends T>... choices) {
    ImmutableList<Weighted<? extends T>> all = ImmutableList.copyOf(choices);
    int total = all.stream().mapToInt(Weighted::weight).sum();
    checkArgument(total > 0, "the weights must add up to more than 0");
    return random -> {
      int ticket = random.nextInt(total);
      for (Weighted<? extends T> choice : all) {
        ticket -= choice.weight();
        if (ticket < 0) {
          return choice.generator().next(random);
        }
      }
      throw new AssertionError("weights add up to " + total);
    };
  }

  /**
   * Returns a generator of integers in {@code [min, max]} that picks the boundaries ({@code min},
   * {@code min + 1}, {@code max - 1}, {@code max}) and {@code 0} (when in range) a quarter of the
   * time, and a uniform value otherwise.
   */
  static Generator<Integer> integers(int min, int max) {
    checkArgument(min <= max, "min %s > max %s", min, max);
    ImmutableList<Integer> edges =
        ImmutableList.copyOf(
            Arrays.stream(new long[] {min, (long) min + 1, (long) max - 1, max, 0})
                .filter(value -> value >= min && value <= max)
                .mapToObj(value -> (int) value)
                .toArray(Integer[]::new));
    return random ->
        random.nextInt(4) == 0
            ? edges.get(random.nextInt(edges.size()))
            : (int) random.nextLong(min, (long) max + 1);
  }

  /** Returns a generator of {@code true} and {@code false}, each equally likely. */
  static Generator<Boolean> booleans() {
    return RandomGenerator::nextBoolean;
  }

  /**
   * Returns a generator of lists of {@code min..max} elements of {@code element}; sizes are biased
   * to the boundaries like {@link #integers}.
   */
  static <T> Generator<ImmutableList<T>> lists(Generator<? extends T> element, int min, int max) {
    checkNotNull(element, "element");
    checkArgument(min >= 0, "min %s < 0", min);
    Generator<Integer> sizes = integers(min, max);
    return random -> {
      int size = sizes.next(random);
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        out.add(element.next(random));
      }
      return out.build();
    };
  }

  /**
   * Returns a generator of {@code min..max} distinct positions of {@code values}, in random order
   * (a shuffled subset); {@code max} is capped at the number of values.
   */
  static <T> Generator<ImmutableList<T>> subsets(Collection<? extends T> values, int min, int max) {
    ImmutableList<T> all = ImmutableList.copyOf(values);
    checkArgument(0 <= min && min <= all.size() && min <= max, "bad bounds %s..%s", min, max);
    Generator<Integer> sizes = integers(min, Math.min(max, all.size()));
    return random -> {
      List<T> pool = new ArrayList<>(all);
      int size = sizes.next(random);
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        out.add(pool.remove(random.nextInt(pool.size())));
      }
      return out.build();
    };
  }

  /**
   * Returns a generator that is empty a quarter of the time and holds a value of {@code present}.
   */
  static <T> Generator<Optional<T>> optional(Generator<? extends T> present) {
    checkNotNull(present, "present");
    return random -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(present.next(random));
  }

  /**
   * Returns a generator of strings of {@code min..max} code points drawn from {@code alphabet};
   * lengths are biased to the boundaries like {@link #integers}.
   */
  static Generator<String> strings(String alphabet, int min, int max) {
    int[] codePoints = alphabet.codePoints().toArray();
    checkArgument(codePoints.length > 0, "empty alphabet");
    checkArgument(min >= 0, "min %s < 0", min);
    Generator<Integer> lengths = integers(min, max);
    return random -> {
      int length = lengths.next(random);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      return out.toString();
    };
  }

  /**
   * Pairs a generator with its weight, for {@link #frequency}.
   *
   * @param weight how often the generator is drawn, relative to the other choices (0 or more)
   * @param generator the generator
   * @param <T> the type of the generated values
   */
  record Weighted<T>(int weight, Generator<? extends T> generator) {
    /** Checks that the weight is not negative. */
    public Weighted {
      checkArgument(weight >= 0, "weight %s < 0", weight);
      checkNotNull(generator, "generator");
    }
  }
}
