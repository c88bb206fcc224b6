package io.github.poolclient.pool;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.UserPoolTierType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds what the rules need to know of an existing user pool (catalogue 12.3).
 *
 * <p>poolclient does no I/O: an emulator builds this from its own state. Defaults follow the
 * conformance README: tier {@code ESSENTIALS}, only the standard attributes (none required), no
 * identity provider but {@code COGNITO}, no resource servers, 0 of 1000 clients, account {@code
 * 123456789012}.
 *
 * <pre>{@code
 * UserPoolContext pool = UserPoolContext.builder()
 *     .id("us-east-1_Example01")
 *     .userPoolTier(UserPoolTierType.PLUS)
 *     .addSchemaAttributes(SchemaAttribute.builder().name("custom:tenant").build())
 *     .identityProviders("Google")
 *     .resourceServers(ResourceServer.of("https://api.example.com", List.of("read")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractUserPoolContext {
  AbstractUserPoolContext() {}

  /**
   * Declares the varargs setters of {@link UserPoolContext.Builder}, next to the generated {@code
   * Iterable} setters and {@code add...} methods: each replaces what was set before, as the request
   * builders' setters do.
   *
   * <pre>{@code
   * UserPoolContext pool = UserPoolContext.builder()
   *     .id("us-east-1_Example01")
   *     .identityProviders("Google", "Okta")
   *     .resourceServers(ResourceServer.of("https://api.example.com", List.of("read")))
   *     .build();
   * }</pre>
   */
  public interface Builder {

    /** Sets the schema entries to exactly {@code schemaAttributes}. */
    UserPoolContext.Builder schemaAttributes(Iterable<? extends SchemaAttribute> schemaAttributes);

    /** Sets the identity providers to exactly {@code identityProviders}. */
    UserPoolContext.Builder identityProviders(Iterable<String> identityProviders);

    /** Sets the resource servers to exactly {@code resourceServers}. */
    UserPoolContext.Builder resourceServers(Iterable<? extends ResourceServer> resourceServers);

    /** Sets the schema entries to exactly these, in order. */
    default UserPoolContext.Builder schemaAttributes(SchemaAttribute... schemaAttributes) {
      return schemaAttributes(Arrays.asList(schemaAttributes));
    }

    /** Sets the identity providers ({@code ProviderName}s) to exactly these. */
    default UserPoolContext.Builder identityProviders(String... identityProviders) {
      return identityProviders(Arrays.asList(identityProviders));
    }

    /** Sets the resource servers to exactly these, in order. */
    default UserPoolContext.Builder resourceServers(ResourceServer... resourceServers) {
      return resourceServers(Arrays.asList(resourceServers));
    }
  }

  /** Prefix of developer-only attribute names. */
  public static final String DEVELOPER_ONLY_PREFIX = "dev:custom:";

  /** The identity provider every pool has. */
  public static final String COGNITO_PROVIDER = "COGNITO";

  /** The standard attributes every pool has (catalogue 12.3). */
  public static final ImmutableSet<String> STANDARD_ATTRIBUTES =
      ImmutableSet.of(
          "address",
          "birthdate",
          "email",
          "email_verified",
          "family_name",
          "gender",
          "given_name",
          "identities",
          "locale",
          "middle_name",
          "name",
          "nickname",
          "phone_number",
          "phone_number_verified",
          "picture",
          "preferred_username",
          "profile",
          "sub",
          "updated_at",
          "website",
          "zoneinfo");

  /** Returns the pool id, e.g. {@code us-east-1_Example01}. */
  public abstract String id();

  /** Returns the feature plan. */
  @Value.Default
  public UserPoolTierType userPoolTier() {
    return UserPoolTierType.ESSENTIALS;
  }

  /**
   * Returns the schema entries: custom attributes, and standard ones whose flags differ from the
   * defaults.
   */
  public abstract ImmutableList<SchemaAttribute> schemaAttributes();

  /**
   * Returns the {@code ProviderName}s of the pool's identity providers ({@code COGNITO} implied).
   */
  public abstract ImmutableSet<String> identityProviders();

  /** Returns the pool's resource servers. */
  public abstract ImmutableList<ResourceServer> resourceServers();

  /** Returns how many app clients the pool already has. */
  @Value.Default
  public int clientCount() {
    return 0;
  }

  /** Returns the pool's app client quota. */
  @Value.Default
  public int clientLimit() {
    return 1000;
  }

  /**
   * Returns the pool's {@code UserPoolAddOns.AdvancedSecurityMode} ({@code OFF}, {@code AUDIT} or
   * {@code ENFORCED}: threat protection), when known; only the advisories read it (ADV-11).
   */
  public abstract Optional<String> advancedSecurityMode();

  /** Returns the AWS account that owns the pool (used for the analytics service-linked role). */
  @Value.Default
  public String accountId() {
    return "123456789012";
  }

  /**
   * Returns the schema entries by name, the first entry winning when a name is listed twice.
   *
   * <p>Built once per context, on first use, so that looking up every name of a long request list
   * stays linear in the list (issue 9).
   */
  @Value.Lazy
  ImmutableMap<String, SchemaAttribute> schemaAttributesByName() {
    Map<String, SchemaAttribute> byName = new LinkedHashMap<>();
    for (SchemaAttribute attribute : schemaAttributes()) {
      byName.putIfAbsent(attribute.name(), attribute);
    }
    return ImmutableMap.copyOf(byName);
  }

  /**
   * Returns the full names ({@code <Identifier>/<ScopeName>}) of every resource server's scopes.
   *
   * <p>Built once per context, on first use: catalogue OA-08 looks up every requested scope, and
   * rebuilding the names per lookup made 100,000 scopes against a 2,500-scope pool quadratic (issue
   * 9).
   */
  @Value.Lazy
  ImmutableSet<String> customScopes() {
    ImmutableSet.Builder<String> scopes = ImmutableSet.builder();
    for (ResourceServer server : resourceServers()) {
      scopes.addAll(server.scopes());
    }
    return scopes.build();
  }

  /** Returns the schema entry for {@code name}, if the schema lists it. */
  public final Optional<SchemaAttribute> schemaAttribute(String name) {
    return Optional.ofNullable(schemaAttributesByName().get(checkNotNull(name, "name")));
  }

  /** Returns whether {@code name} is a standard attribute or an attribute of the pool's schema. */
  public final boolean hasAttribute(String name) {
    return STANDARD_ATTRIBUTES.contains(checkNotNull(name, "name"))
        || schemaAttribute(name).isPresent();
  }

  /** Returns the names of the attributes the schema marks required, in schema order. */
  public final ImmutableList<String> requiredAttributes() {
    ImmutableList.Builder<String> required = ImmutableList.builder();
    for (SchemaAttribute attribute : schemaAttributes()) {
      if (attribute.required()) {
        required.add(attribute.name());
      }
    }
    return required.build();
  }

  /** Returns whether {@code name} is {@code COGNITO} or one of the pool's identity providers. */
  public final boolean hasIdentityProvider(String name) {
    return COGNITO_PROVIDER.equals(checkNotNull(name, "name"))
        || identityProviders().contains(name);
  }

  /** Returns whether {@code scope} is {@code <Identifier>/<ScopeName>} of a resource server. */
  public final boolean hasCustomScope(String scope) {
    return customScopes().contains(checkNotNull(scope, "scope"));
  }
}
