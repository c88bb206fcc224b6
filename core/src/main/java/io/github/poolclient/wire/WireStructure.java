package io.github.poolclient.wire;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps one wire structure to an Immutables value, both ways, from a declarative member table.
 *
 * <p>Each {@link Member} says the wire name, the JSON kind, how the value lands in the builder and
 * where it comes from when writing. Members are read in table order and the first one of the wrong
 * kind raises the {@code SerializationException}, so the table order IS the order in which errors
 * are reported (catalogue 12.4: M-table order). Writing emits the present members in the same
 * order.
 *
 * @param <B> the value's builder type
 * @param <V> the value type
 */
final class WireStructure<B, V> {
  private final Supplier<B> newBuilder;
  private final Function<B, V> build;
  private final ImmutableList<Member<B, V, ?>> members;
  private final WireKind<V> kind;

  private WireStructure(
      Supplier<B> newBuilder, Function<B, V> build, ImmutableList<Member<B, V, ?>> members) {
    this.newBuilder = newBuilder;
    this.build = build;
    this.members = members;
    this.kind = WireKind.structure(this::read);
  }

  /** Starts a table for the value that {@code build} makes from a builder of {@code newBuilder}. */
  static <B, V> TableBuilder<B, V> table(Supplier<B> newBuilder, Function<B, V> build) {
    return new TableBuilder<>(newBuilder, build);
  }

  /** Returns the kind that decodes this structure as a member of an enclosing one. */
  WireKind<V> kind() {
    return kind;
  }

  /** Returns the value held by {@code json}, whose wire path is {@code path} (empty at the top). */
  V read(Map<?, ?> json, String path) {
    return read(WireObject.of(json, path));
  }

  private V read(WireObject json) {
    B builder = newBuilder.get();
    for (Member<B, V, ?> member : members) {
      member.read(json, builder);
    }
    return build.apply(builder);
  }

  /** Returns the wire shape of {@code value}: its present members, in table order. */
  ImmutableMap<String, Object> write(V value) {
    ImmutableMap.Builder<String, Object> json = ImmutableMap.builder();
    for (Member<B, V, ?> member : members) {
      member.write(value, json);
    }
    return json.buildOrThrow();
  }

  /**
   * Describes one member of a structure.
   *
   * @param <B> the enclosing value's builder type
   * @param <V> the enclosing value type
   * @param <T> the member's Java type
   */
  static final class Member<B, V, T> {
    private final String wireName;
    private final WireKind<T> kind;
    private final BiConsumer<B, T> setter;
    private final Function<V, Optional<T>> getter;
    private final Function<T, Object> encoder;
    private final boolean required;

    private Member(
        String wireName,
        WireKind<T> kind,
        BiConsumer<B, T> setter,
        Function<V, Optional<T>> getter,
        Function<T, Object> encoder,
        boolean required) {
      this.wireName = wireName;
      this.kind = kind;
      this.setter = setter;
      this.getter = getter;
      this.encoder = encoder;
      this.required = required;
    }

    private void read(WireObject json, B builder) {
      if (required) {
        setter.accept(builder, json.require(wireName, kind));
      } else {
        json.get(wireName, kind).ifPresent(value -> setter.accept(builder, value));
      }
    }

    private void write(V value, ImmutableMap.Builder<String, Object> json) {
      getter.apply(value).ifPresent(member -> json.put(wireName, encoder.apply(member)));
    }
  }

  /**
   * Collects the members of a {@link WireStructure}, in order.
   *
   * @param <B> the value's builder type
   * @param <V> the value type
   */
  static final class TableBuilder<B, V> {
    private final Supplier<B> newBuilder;
    private final Function<B, V> build;
    private final ImmutableList.Builder<Member<B, V, ?>> members = ImmutableList.builder();

    private TableBuilder(Supplier<B> newBuilder, Function<B, V> build) {
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /**
     * Adds a member whose Java value is already its wire shape (an {@code Integer}, {@code
     * Boolean}, {@code String} or list of strings).
     */
    <T> TableBuilder<B, V> member(
        String wireName,
        WireKind<T> kind,
        BiConsumer<B, T> setter,
        Function<V, Optional<T>> getter) {
      members.add(new Member<>(wireName, kind, setter, getter, value -> value, false));
      return this;
    }

    /**
     * Adds a member that reading requires (absent or null is a {@code SerializationException},
     * {@code Missing value for required member '<path>'}), written as {@code encoder} renders it.
     */
    <T> TableBuilder<B, V> required(
        String wireName,
        WireKind<T> kind,
        BiConsumer<B, T> setter,
        Function<V, T> getter,
        Function<T, Object> encoder) {
      members.add(
          new Member<>(
              wireName, kind, setter, value -> Optional.of(getter.apply(value)), encoder, true));
      return this;
    }

    /** Adds an optional member written as {@code encoder} renders it. */
    <T> TableBuilder<B, V> encoded(
        String wireName,
        WireKind<T> kind,
        BiConsumer<B, T> setter,
        Function<V, Optional<T>> getter,
        Function<T, Object> encoder) {
      members.add(new Member<>(wireName, kind, setter, getter, encoder, false));
      return this;
    }

    /** Adds a member that is itself a structure, written as a map of its present members. */
    <T> TableBuilder<B, V> structure(
        String wireName,
        WireStructure<?, T> structure,
        BiConsumer<B, T> setter,
        Function<V, Optional<T>> getter) {
      members.add(
          new Member<>(wireName, structure.kind(), setter, getter, structure::write, false));
      return this;
    }

    /** Returns the finished structure. */
    WireStructure<B, V> build() {
      return new WireStructure<>(newBuilder, build, members.build());
    }
  }
}
