package io.github.poolclient.testing;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.poolclient.testing.Generator.weighted;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.random.RandomGenerator;

/**
 * Generates valid user pool contexts (catalogue 12.3) that exercise everything the rules read.
 *
 * <p>A generated context has: a valid pool id (up to the 55-character maximum); a tier of {@code
 * LITE}, {@code ESSENTIALS} or {@code PLUS}; up to three required standard attributes (only
 * writable ones, so that a valid {@code WriteAttributes} always exists); custom attributes ({@code
 * custom:x}, some with {@code Mutable: false}) and developer-only ones ({@code dev:custom:x});
 * identity providers, including names with spaces, non-ASCII letters and the 32-character maximum;
 * resource servers with scopes; and a client count below the client limit.
 */
public final class UserPoolContexts {
  private UserPoolContexts() {}

  private static final ImmutableList<String> REGIONS =
      ImmutableList.of(
          "us-east-1",
          "eu-west-1",
          "eu-central-1",
          "ap-northeast-1",
          "us-gov-west-1",
          "local",
          "a");

  private static final ImmutableList<String> NOTABLE_PROVIDERS =
      ImmutableList.of(
          "Google",
          "Facebook",
          "LoginWithAmazon",
          "SignInWithApple",
          "CorpSAML",
          "MyOIDC",
          "Entra ID",
          "Corporate SAML Provider 2026 abc",
          "Ünïcødé IdP",
          "企業SAML",
          "Okta (prod) – EU",
          "P");

  private static final String PROVIDER_ALPHABET = Vocabulary.ALNUM + " -_.+©éßΩ日本";

  private static final ImmutableList<String> NOTABLE_SERVERS =
      ImmutableList.of(
          "https://api.example.com", "solar-system-data", "api", "urn:example:orders", "x");

  private static final ImmutableList<String> NOTABLE_SCOPE_NAMES =
      ImmutableList.of("read", "write", "asteroids.add", "admin", "orders:list");

  private static final ImmutableList<String> DATA_TYPES =
      ImmutableList.of("String", "Number", "DateTime", "Boolean");

  /** Returns a generator of valid contexts of any tier. */
  public static Generator<UserPoolContext> contexts() {
    return Generator.oneOf(UserPoolTierType.knownValues()).flatMap(UserPoolContexts::contexts);
  }

  /** Returns a generator of valid contexts of the given tier. */
  public static Generator<UserPoolContext> contexts(UserPoolTierType tier) {
    checkNotNull(tier, "tier");
    return random -> context(random, tier);
  }

  /**
   * Returns a generator of valid pool ids ({@code [\w-]+_[0-9a-zA-Z]+}, at most 55 characters),
   * biased to the shortest and longest.
   */
  public static Generator<String> poolIds() {
    return random -> {
      String region = Generator.oneOf(REGIONS).next(random);
      String suffix = Generator.strings(Vocabulary.ALNUM, 1, 55 - region.length() - 1).next(random);
      return region + "_" + suffix;
    };
  }

  /**
   * Returns a generator of valid identity provider names (1 to 32 characters of letters, marks,
   * symbols, numbers, punctuation and spaces), well-known social names among them.
   */
  public static Generator<String> identityProviderNames() {
    return Generator.frequency(
        weighted(2, Generator.oneOf(NOTABLE_PROVIDERS)),
        weighted(1, Generator.strings(PROVIDER_ALPHABET, 1, 32)));
  }

  private static UserPoolContext context(RandomGenerator random, UserPoolTierType tier) {
    UserPoolContext.Builder context = UserPoolContext.builder().id(poolIds().next(random));
    if (tier != UserPoolTierType.ESSENTIALS || random.nextBoolean()) {
      // ESSENTIALS is the default: sometimes leave it implicit.
      context.userPoolTier(tier);
    }
    context.schemaAttributes(schema(random));
    context.identityProviders(
        ImmutableSet.copyOf(Generator.lists(identityProviderNames(), 0, 5).next(random)));
    context.resourceServers(resourceServers(random));
    int limit =
        Generator.frequency(
                weighted(3, Generator.constant(1000)),
                weighted(1, Generator.oneOf(ImmutableList.of(1, 2, 25, 10_000))),
                weighted(1, Generator.integers(1, 10_000)))
            .next(random);
    if (limit != 1000 || random.nextBoolean()) {
      context.clientLimit(limit);
    }
    context.clientCount(Generator.integers(0, limit - 1).next(random));
    if (random.nextInt(4) == 0) {
      context.accountId(Generator.strings("0123456789", 12, 12).next(random));
    }
    return context.build();
  }

  private static ImmutableList<SchemaAttribute> schema(RandomGenerator random) {
    ImmutableList.Builder<SchemaAttribute> schema = ImmutableList.builder();
    ImmutableList<String> writableStandard =
        ImmutableList.copyOf(
            Sets.difference(
                UserPoolContext.STANDARD_ATTRIBUTES, Vocabulary.NON_WRITABLE_STANDARD_ATTRIBUTES));
    for (String name : Generator.subsets(writableStandard, 0, 3).next(random)) {
      schema.add(SchemaAttribute.builder().name(name).required(true).build());
    }
    Generator<String> names = Generator.strings(Vocabulary.WORD, 1, 20);
    for (String name : ImmutableSet.copyOf(Generator.lists(names, 0, 4).next(random))) {
      SchemaAttribute.Builder attribute =
          SchemaAttribute.builder().name("custom:" + name).mutable(random.nextInt(3) != 0);
      Generator.optional(Generator.oneOf(DATA_TYPES))
          .next(random)
          .ifPresent(attribute::attributeDataType);
      schema.add(attribute.build());
    }
    for (String name : ImmutableSet.copyOf(Generator.lists(names, 0, 2).next(random))) {
      schema.add(
          SchemaAttribute.builder().name(UserPoolContext.DEVELOPER_ONLY_PREFIX + name).build());
    }
    return schema.build();
  }

  private static ImmutableList<ResourceServer> resourceServers(RandomGenerator random) {
    Generator<String> identifiers =
        Generator.frequency(
            weighted(2, Generator.oneOf(NOTABLE_SERVERS)),
            weighted(1, Generator.strings(Vocabulary.ALNUM_LOWER + ".:-", 1, 40)));
    Generator<String> scopeNames =
        Generator.frequency(
            weighted(2, Generator.oneOf(NOTABLE_SCOPE_NAMES)),
            weighted(1, Generator.strings(Vocabulary.ALNUM + "._-", 1, 20)));
    ImmutableList.Builder<ResourceServer> servers = ImmutableList.builder();
    for (String identifier : ImmutableSet.copyOf(Generator.lists(identifiers, 0, 3).next(random))) {
      ImmutableList<String> scopes =
          ImmutableSet.copyOf(Generator.lists(scopeNames, 1, 5).next(random)).asList();
      servers.add(ResourceServer.of(identifier, scopes));
    }
    return servers.build();
  }

  /** Returns every custom scope ({@code <Identifier>/<ScopeName>}) of the pool, in pool order. */
  static ImmutableList<String> customScopes(UserPoolContext context) {
    return context.resourceServers().stream()
        .flatMap(server -> server.scopes().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the attribute names a client may write: known, and not read-only. */
  static ImmutableList<String> writableAttributes(UserPoolContext context) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    UserPoolContext.STANDARD_ATTRIBUTES.stream()
        .filter(name -> !Vocabulary.NON_WRITABLE_STANDARD_ATTRIBUTES.contains(name))
        .forEach(out::add);
    context.schemaAttributes().stream()
        .filter(attribute -> !attribute.developerOnly())
        .map(SchemaAttribute::name)
        .forEach(out::add);
    return out.build().asList();
  }

  /** Returns every attribute name a client may read: the standard ones and the schema's. */
  static ImmutableList<String> readableAttributes(UserPoolContext context) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    out.addAll(UserPoolContext.STANDARD_ATTRIBUTES);
    context.schemaAttributes().stream().map(SchemaAttribute::name).forEach(out::add);
    return out.build().asList();
  }

  /** Returns the pool's developer-only attribute names. */
  static ImmutableList<String> developerOnlyAttributes(UserPoolContext context) {
    return context.schemaAttributes().stream()
        .filter(SchemaAttribute::developerOnly)
        .map(SchemaAttribute::name)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the pool's identity provider names, {@code COGNITO} first. */
  static ImmutableList<String> identityProviders(UserPoolContext context) {
    return ImmutableSet.<String>builder()
        .add(UserPoolContext.COGNITO_PROVIDER)
        .addAll(context.identityProviders())
        .build()
        .asList();
  }

  /** Returns whether the context's tier is {@code LITE}. */
  static boolean isLite(UserPoolContext context) {
    return context.userPoolTier() == UserPoolTierType.LITE;
  }
}
