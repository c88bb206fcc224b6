package io.github.poolclient.rules.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Describes one constrained request member: its path in messages (V-05, V-06), how to read it from
 * a request, when it is required, whether its value is redacted, and its constraints in catalogue
 * 12.1 item order (max length/value, min length/value, pattern, enum).
 *
 * @param <R> the request type the member is read from
 * @param <T> the member's value type: {@code String}, {@code Integer} or a list of strings
 */
final class Member<R, T> {
  private static final String NOT_NULL = "Member must not be null";

  private final String path;
  private final Function<? super R, Optional<T>> accessor;
  private final Predicate<? super R> requiredWhen;
  private final boolean redacted;
  private final ImmutableList<Constraint<? super T>> constraints;

  private Member(
      String path,
      Function<? super R, Optional<T>> accessor,
      Predicate<? super R> requiredWhen,
      boolean redacted,
      ImmutableList<Constraint<? super T>> constraints) {
    this.path = path;
    this.accessor = accessor;
    this.requiredWhen = requiredWhen;
    this.redacted = redacted;
    this.constraints = constraints;
  }

  /** Returns an optional string member with the given constraints. */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static <R> Member<R, String> string(
      String path,
      Function<? super R, Optional<String>> accessor,
      Constraint<String>... constraints) {
    return new Member<>(path, accessor, request -> false, false, ImmutableList.copyOf(constraints));
  }

  /** Returns an optional integer member with the given constraints. */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static <R> Member<R, Integer> integer(
      String path,
      Function<? super R, Optional<Integer>> accessor,
      Constraint<Integer>... constraints) {
    return new Member<>(path, accessor, request -> false, false, ImmutableList.copyOf(constraints));
  }

  /** Returns an optional list member with the given constraints (size first, then elements). */
  @SuppressWarnings("varargs") // the array is only copied, never stored or exposed
  @SafeVarargs
  static <R> Member<R, ImmutableList<String>> list(
      String path,
      Function<? super R, Optional<ImmutableList<String>>> accessor,
      Constraint<List<String>>... constraints) {
    return new Member<>(path, accessor, request -> false, false, ImmutableList.copyOf(constraints));
  }

  /** Returns this member, required in every request (V-09). */
  Member<R, T> required() {
    return requiredWhen(request -> true);
  }

  /**
   * Returns this member, required whenever {@code condition} holds, e.g. a member required inside
   * an optional structure (M-23).
   */
  Member<R, T> requiredWhen(Predicate<? super R> condition) {
    return new Member<>(path, accessor, condition, redacted, constraints);
  }

  /** Returns this member with its value left out of every item (V-10). */
  Member<R, T> redacted() {
    return new Member<>(path, accessor, requiredWhen, true, constraints);
  }

  /** Returns the path that items and violations name, e.g. {@code tokenValidityUnits.idToken}. */
  String path() {
    return path;
  }

  /**
   * Returns one item per broken constraint, in declaration order: only the not-null item when a
   * required member is absent, nothing when an optional one is.
   */
  ImmutableList<String> items(R request) {
    Optional<T> value = accessor.apply(request);
    if (value.isEmpty()) {
      return requiredWhen.test(request)
          ? ImmutableList.of(item("Value null", NOT_NULL))
          : ImmutableList.of();
    }
    T present = value.get();
    // Rendered once, and only when a constraint fails: lists can be long, and most values pass.
    ImmutableList.Builder<String> items = null;
    String shown = "";
    for (int i = 0; i < constraints.size(); i++) {
      Constraint<? super T> constraint = constraints.get(i);
      if (!constraint.test(present)) {
        if (items == null) {
          items = ImmutableList.builder();
          // Strings and integers print as themselves, lists as List.toString(): [a, b] (V-08).
          shown = redacted ? "Value" : "Value '" + present + "'";
        }
        items.add(item(shown, constraint.text()));
      }
    }
    return items == null ? ImmutableList.of() : items.build();
  }

  /**
   * Returns the member's value as text for a violation: the value as sent (lists as {@code
   * List.toString()}), empty when absent or redacted.
   */
  Optional<String> valueText(R request) {
    return redacted ? Optional.empty() : accessor.apply(request).map(Object::toString);
  }

  private String item(String value, String constraint) {
    return value + " at '" + path + "' failed to satisfy constraint: " + constraint;
  }

  /** Returns the path, for test output. */
  @Override
  public String toString() {
    return path;
  }
}
