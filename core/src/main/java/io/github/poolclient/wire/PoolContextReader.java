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
 * are shaped like DescribeUserPool's rather than like a request. Members are set with plain {@code
 * if}s rather than {@code ifPresent} method references, for cold start (see {@link Shapes}); only
 * the three list items keep a reader reference.
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
    String id = json.find("Id", STRING);
    if (id != null) {
      context.id(id);
    }
    String tier = json.find("UserPoolTier", STRING);
    if (tier != null) {
      context.userPoolTier(tier(tier, json.pathOf("UserPoolTier")));
    }
    ImmutableList<SchemaAttribute> schemaAttributes =
        json.find("SchemaAttributes", SCHEMA_ATTRIBUTES);
    if (schemaAttributes != null) {
      context.schemaAttributes(schemaAttributes);
    }
    ImmutableList<String> identityProviders = json.find("IdentityProviders", STRING_LIST);
    if (identityProviders != null) {
      context.identityProviders(identityProviders);
    }
    ImmutableList<ResourceServer> resourceServers = json.find("ResourceServers", RESOURCE_SERVERS);
    if (resourceServers != null) {
      context.resourceServers(resourceServers);
    }
    Integer clientCount = json.find("ClientCount", INTEGER);
    if (clientCount != null) {
      context.clientCount(clientCount);
    }
    Integer clientLimit = json.find("ClientLimit", INTEGER);
    if (clientLimit != null) {
      context.clientLimit(clientLimit);
    }
    String accountId = json.find("AccountId", STRING);
    if (accountId != null) {
      context.accountId(accountId);
    }
    String advancedSecurityMode = json.find("AdvancedSecurityMode", STRING);
    if (advancedSecurityMode != null) {
      context.advancedSecurityMode(advancedSecurityMode);
    }
    return context.build();
  }

  private static SchemaAttribute schemaAttribute(WireObject json) {
    SchemaAttribute.Builder attribute =
        SchemaAttribute.builder().name(json.require("Name", STRING));
    Boolean required = json.find("Required", BOOLEAN);
    if (required != null) {
      attribute.required(required);
    }
    Boolean mutable = json.find("Mutable", BOOLEAN);
    if (mutable != null) {
      attribute.mutable(mutable);
    }
    String dataType = json.find("AttributeDataType", STRING);
    if (dataType != null) {
      attribute.attributeDataType(dataType);
    }
    return attribute.build();
  }

  private static ResourceServer resourceServer(WireObject json) {
    ResourceServer.Builder server =
        ResourceServer.builder().identifier(json.require("Identifier", STRING));
    ImmutableList<String> scopeNames = json.find("Scopes", SCOPE_NAMES);
    if (scopeNames != null) {
      server.scopeNames(scopeNames);
    }
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
