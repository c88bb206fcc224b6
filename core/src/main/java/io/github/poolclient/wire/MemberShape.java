package io.github.poolclient.wire;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Describes one member of a wire shape: its wire name, its JSON type, whether reading requires it,
 * and, for a structure or a list of structures, the members of that structure in the service
 * model's order. What {@link WireFormat} reads and writes derives from the same member catalogue,
 * so tools that handle request bodies (a deploy-definition reader, a body generator) can take the
 * members from here instead of restating them.
 *
 * @param name the member's wire name, e.g. {@code CallbackURLs}
 * @param type the member's JSON type
 * @param required whether reading requires it ({@code Missing value for required member})
 * @param members the structure's members for {@link WireType#STRUCTURE} and {@link
 *     WireType#STRUCTURE_LIST}, in the service model's order; empty otherwise
 */
public record MemberShape(
    String name, WireType type, boolean required, ImmutableList<MemberShape> members) {

  /** Checks that no component is null. */
  public MemberShape {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(members, "members");
  }
}
