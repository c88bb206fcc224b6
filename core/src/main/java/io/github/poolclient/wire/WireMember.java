package io.github.poolclient.wire;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One member of a wire structure: its wire name, JSON kind and whether reading requires it ({@link
 * #spec}), where a read value lands in the builder ({@link #set}) and what is written for it
 * ({@link #get}).
 *
 * <p>Implemented by one enum per structure in {@link Shapes}, each constant a member; {@code get}
 * and {@code set} are switch expressions over the constants, so javac rejects a member without a
 * case. It is {@link Immutable}, as are {@link Spec} and {@link WireKind}, so that Error Prone
 * checks that the member enums are (ImmutableEnumChecker only trusts types so annotated).
 *
 * @param <B> the enclosing value's builder type
 * @param <V> the enclosing value type
 */
@Immutable
interface WireMember<B, V> {
  /** Returns the member's wire name, JSON kind and whether reading requires it. */
  Spec spec();

  /**
   * Returns what is written for this member of {@code value}, already in its wire shape (a date as
   * epoch seconds, a structure as the map of its present members), or null when it is not written.
   */
  @Nullable Object get(V value);

  /**
   * Sets this member of {@code builder} to {@code value}, which this member's kind decoded (so it
   * is of the Java type the kind decodes to). The enums assign their switch to an unused local:
   * only a switch expression must cover every constant.
   */
  void set(B builder, Object value);

  /**
   * Says a member's wire name, the JSON kind it is read as, and whether reading requires it (absent
   * or null is then a {@code SerializationException}, {@code Missing value for required member
   * '<path>'}).
   */
  @Immutable
  record Spec(String wireName, WireKind<?> kind, boolean required) {
    /** Returns the spec of a member that may be absent. */
    static Spec optional(String wireName, WireKind<?> kind) {
      return new Spec(wireName, kind, false);
    }

    /** Returns the spec of a member that reading requires. */
    static Spec required(String wireName, WireKind<?> kind) {
      return new Spec(wireName, kind, true);
    }
  }
}
