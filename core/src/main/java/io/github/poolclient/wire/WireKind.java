package io.github.poolclient.wire;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.poolclient.error.CognitoException;
import java.util.List;
import java.util.Map;

/**
 * Decodes one JSON kind ({@code integer}, {@code boolean}, {@code string}, {@code list}, {@code
 * structure}) from the plain Java value a JSON library hands over.
 *
 * <p>{@link #decode} is only called with a present value: an absent member and a JSON {@code null}
 * member never get here (see {@link WireObject}). A value of another kind is a {@code
 * SerializationException} that names the member's wire path.
 *
 * @param <T> the Java type the kind decodes to
 */
@Immutable
abstract class WireKind<T> {
  /**
   * Decodes any {@link Number} whose value is exactly a 32-bit integer (see {@link WireNumbers}).
   */
  static final WireKind<Integer> INTEGER =
      new WireKind<>("integer", WireType.INTEGER) {
        @Override
        Integer decode(Object json, String path) {
          if (json instanceof Number number) {
            return WireNumbers.exactInt(number).orElseThrow(() -> mismatch(path));
          }
          throw mismatch(path);
        }
      };

  /** Decodes a {@link Boolean}; numbers and strings such as {@code 1} or {@code "true"} are not. */
  static final WireKind<Boolean> BOOLEAN = instanceOf(Boolean.class, "boolean", WireType.BOOLEAN);

  /** Decodes a {@link String}. */
  static final WireKind<String> STRING = instanceOf(String.class, "string", WireType.STRING);

  /** Decodes a list of strings. */
  static final WireKind<ImmutableList<String>> STRING_LIST = listOf(STRING);

  /**
   * Decodes a date: a {@link Number} of epoch seconds, with a fraction for sub-second precision
   * (catalogue DT-01), kept to the millisecond as Cognito keeps it. A number too long to be a date
   * (more than {@value WireDates#MAX_DIGITS} digits) or outside {@link java.time.Instant}'s range
   * is of the wrong kind.
   */
  static final WireKind<java.time.Instant> DATE =
      new WireKind<>("date", WireType.TIMESTAMP) {
        @Override
        java.time.Instant decode(Object json, String path) {
          if (json instanceof Number number) {
            return WireDates.instant(number).orElseThrow(() -> mismatch(path));
          }
          throw mismatch(path);
        }
      };

  /** The kind's name as the error message spells it, e.g. {@code integer}. */
  private final String name;

  /** The kind's JSON type, as {@link MemberShape} publishes it. */
  private final WireType type;

  private WireKind(String name, WireType type) {
    this.name = name;
    this.type = type;
  }

  /** Returns the kind's JSON type. */
  final WireType type() {
    return type;
  }

  /** Returns the members of a structure kind, or of a list's structure items; else empty. */
  ImmutableList<MemberShape> members() {
    return ImmutableList.of();
  }

  /**
   * Returns the decoded value.
   *
   * @param json a present (non-null) JSON value
   * @param path the member's wire path, for the error message
   * @throws CognitoException a {@code SerializationException} when {@code json} is not of this kind
   */
  abstract T decode(Object json, String path);

  /** Returns the error for a value at {@code path} that is not of this kind. */
  final CognitoException mismatch(String path) {
    return WireMessages.unexpectedType(path, name);
  }

  /** Returns a kind that decodes a {@code java.util.List} of items, each of kind {@code item}. */
  static <E> WireKind<ImmutableList<E>> listOf(WireKind<E> item) {
    WireType type =
        item.type() == WireType.STRUCTURE ? WireType.STRUCTURE_LIST : WireType.STRING_LIST;
    return new WireKind<>("list", type) {
      @Override
      ImmutableList<MemberShape> members() {
        return item.members();
      }

      @Override
      ImmutableList<E> decode(Object json, String path) {
        if (!(json instanceof List<?> list)) {
          throw mismatch(path);
        }
        ImmutableList.Builder<E> items = ImmutableList.builderWithExpectedSize(list.size());
        int index = 0;
        for (Object element : list) {
          String itemPath = path + "[" + index++ + "]";
          // A null item is not "absent": a list cannot have holes, so it is of the wrong kind.
          if (element == null) {
            throw item.mismatch(itemPath);
          }
          items.add(item.decode(element, itemPath));
        }
        return items.build();
      }
    };
  }

  /**
   * Returns a kind that decodes a JSON object ({@code java.util.Map}) with {@code reader}, which
   * gets a view of the object that knows the object's wire path.
   */
  static <T> WireKind<T> structure(Reader<T> reader) {
    return structure(reader, ImmutableList::of);
  }

  /**
   * Returns a kind that decodes a JSON object with {@code reader} and whose members {@code members}
   * describes.
   */
  static <T> WireKind<T> structure(Reader<T> reader, Members members) {
    return new WireKind<>("structure", WireType.STRUCTURE) {
      @Override
      ImmutableList<MemberShape> members() {
        return members.get();
      }

      @Override
      T decode(Object json, String path) {
        if (!(json instanceof Map<?, ?> map)) {
          throw mismatch(path);
        }
        return reader.read(WireObject.of(map, path));
      }
    };
  }

  private static <T> WireKind<T> instanceOf(Class<T> type, String name, WireType wireType) {
    return new WireKind<>(name, wireType) {
      @Override
      T decode(Object json, String path) {
        if (type.isInstance(json)) {
          return type.cast(json);
        }
        throw mismatch(path);
      }
    };
  }

  /** Describes the members of a structure kind, on demand; immutable, as the kind that holds it. */
  @Immutable
  @FunctionalInterface
  interface Members {
    /** Returns the structure's members, in the service model's order. */
    ImmutableList<MemberShape> get();
  }

  /**
   * Reads a value from a JSON object; immutable, as the kind that holds it.
   *
   * @param <T> the value type
   */
  @Immutable
  @FunctionalInterface
  interface Reader<T> {
    /** Returns the value {@code json} holds. */
    T read(WireObject json);
  }
}
