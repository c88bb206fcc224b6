package io.github.poolclient.wire;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.Map;

/**
 * Maps one wire structure to an Immutables value, both ways, from a table of {@link WireMember}s.
 *
 * <p>Members are read in table order and the first one of the wrong kind raises the {@code
 * SerializationException}, so the table order IS the order in which errors are reported (catalogue
 * 12.4: M-table order). Writing emits the present members in the same order. A subclass says how to
 * start the value's builder and how to build it.
 *
 * @param <B> the value's builder type
 * @param <V> the value type
 */
@Immutable
abstract class WireStructure<B, V> {
  private final ImmutableList<WireMember<? super B, ? super V>> members;
  private final WireKind<V> kind;

  /** Makes the structure of {@code members}, in table order. */
  WireStructure(List<? extends WireMember<? super B, ? super V>> members) {
    this.members = ImmutableList.copyOf(members);
    this.kind = WireKind.structure(this::read, this::shape);
  }

  /** Returns a new, empty builder of the value, or one holding the defaults of absent members. */
  abstract B newBuilder();

  /** Returns the value {@code builder} holds. */
  abstract V build(B builder);

  /** Returns the kind that decodes this structure as a member of an enclosing one. */
  final WireKind<V> kind() {
    return kind;
  }

  /** Returns the shape of each member, in table order. */
  final ImmutableList<MemberShape> shape() {
    ImmutableList.Builder<MemberShape> shape = ImmutableList.builder();
    for (WireMember<? super B, ? super V> member : members) {
      WireMember.Spec spec = member.spec();
      shape.add(
          new MemberShape(
              spec.wireName(), spec.kind().type(), spec.required(), spec.kind().members()));
    }
    return shape.build();
  }

  /** Returns the value held by {@code json}, whose wire path is {@code path} (empty at the top). */
  final V read(Map<?, ?> json, String path) {
    return read(WireObject.of(json, path));
  }

  private V read(WireObject json) {
    B builder = newBuilder();
    for (WireMember<? super B, ? super V> member : members) {
      WireMember.Spec spec = member.spec();
      if (spec.required()) {
        member.set(builder, json.require(spec.wireName(), spec.kind()));
      } else {
        Object value = json.find(spec.wireName(), spec.kind());
        if (value != null) {
          member.set(builder, value);
        }
      }
    }
    return build(builder);
  }

  /** Returns the wire shape of {@code value}: its present members, in table order. */
  final ImmutableMap<String, Object> write(V value) {
    ImmutableMap.Builder<String, Object> json = ImmutableMap.builder();
    for (WireMember<? super B, ? super V> member : members) {
      Object wire = member.get(value);
      if (wire != null) {
        json.put(member.spec().wireName(), wire);
      }
    }
    return json.buildOrThrow();
  }
}
