package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireKind.BOOLEAN;
import static io.github.poolclient.wire.WireKind.INTEGER;
import static io.github.poolclient.wire.WireKind.STRING;
import static io.github.poolclient.wire.WireKind.STRING_LIST;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Map;

/**
 * Reads the user pool context in the conformance README's shape (catalogue 12.3).
 *
 * <p>Written out by hand rather than as a {@link WireStructure} table: the context is only ever
 * read, has defaults, required names inside list items and an enum checked here, and its entries
 * are shaped like DescribeUserPool's rather than like a request.
 */
final class PoolContextReader {
  /** The README's default pool id; the other defaults are {@link UserPoolContext}'s own. */
  static final String DEFAULT_POOL_ID = "us-east-1_Example01";

  private static final WireKind<ImmutableList<SchemaAttribute>> SCHEMA_ATTRIBUTES =
      WireKind.listOf(WireKind.structure(PoolContextReader::schemaAttribute));

  private static final WireKind<ImmutableList<ResourceServer>> RESOURCE_SERVERS =
      WireKind.listOf(WireKind.structure(PoolContextReader::resourceServer));

  /** Decodes scope entries ({@code {ScopeName, ScopeDescription}}) to their names. */
  private static final WireKind<ImmutableList<String>> SCOPE_NAMES =
      WireKind.listOf(WireKind.structure(json -> json.require("ScopeName", STRING)));

  private PoolContextReader() {}

  /** Returns the context {@code pool} describes; absent members take the README defaults. */
  static UserPoolContext read(Map<?, ?> pool) {
    WireObject json = WireObject.of(pool, "");
    UserPoolContext.Builder context = UserPoolContext.builder().id(DEFAULT_POOL_ID);
    json.get("Id", STRING).ifPresent(context::id);
    json.get("UserPoolTier", STRING)
        .ifPresent(tier -> context.userPoolTier(tier(tier, json.pathOf("UserPoolTier"))));
    json.get("SchemaAttributes", SCHEMA_ATTRIBUTES).ifPresent(context::schemaAttributes);
    json.get("IdentityProviders", STRING_LIST).ifPresent(context::identityProviders);
    json.get("ResourceServers", RESOURCE_SERVERS).ifPresent(context::resourceServers);
    json.get("ClientCount", INTEGER).ifPresent(context::clientCount);
    json.get("ClientLimit", INTEGER).ifPresent(context::clientLimit);
    json.get("AccountId", STRING).ifPresent(context::accountId);
    json.get("AdvancedSecurityMode", STRING).ifPresent(context::advancedSecurityMode);
    return context.build();
  }

  private static SchemaAttribute schemaAttribute(WireObject json) {
    SchemaAttribute.Builder attribute =
        SchemaAttribute.builder().name(json.require("Name", STRING));
    json.get("Required", BOOLEAN).ifPresent(attribute::required);
    json.get("Mutable", BOOLEAN).ifPresent(attribute::mutable);
    json.get("AttributeDataType", STRING).ifPresent(attribute::attributeDataType);
    return attribute.build();
  }

  private static ResourceServer resourceServer(WireObject json) {
    ResourceServer.Builder server =
        ResourceServer.builder().identifier(json.require("Identifier", STRING));
    json.get("Scopes", SCOPE_NAMES).ifPresent(server::scopeNames);
    return server.build();
  }

  private static UserPoolTierType tier(String value, String path) {
    UserPoolTierType tier = UserPoolTierType.fromValue(value);
    if (tier == UserPoolTierType.UNKNOWN_TO_SDK_VERSION) {
      throw WireMessages.unknownValue(path, value, UserPoolTierType.knownValues());
    }
    return tier;
  }
}
