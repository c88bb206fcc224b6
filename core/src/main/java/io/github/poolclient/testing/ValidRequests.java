package io.github.poolclient.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.poolclient.testing.Generator.weighted;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.pool.UserPoolContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Generates {@code CreateUserPoolClient} requests that Cognito accepts for a given pool, exercising
 * every member of the request.
 *
 * <p>Values are biased to the edges of what is valid: token validities at 300 seconds, 5 minutes, 1
 * day, 3600 seconds, 60 minutes and 3650 days, refresh validity 0; names of 1 and 128 characters;
 * secrets of 24 and 64 characters; 100 callback URLs of up to 1024 characters; {@code
 * AuthSessionValidity} 3 and 15. Auth flows come as legacy-only lists, {@code ALLOW_} lists with
 * {@code ALLOW_REFRESH_TOKEN_AUTH}, lists without it under refresh-token rotation, and {@code
 * ALLOW_CLIENT_TOKEN_AUTH} alone with a secret; {@code ALLOW_USER_AUTH} and rotation only off
 * {@code LITE}. OAuth comes with and without the {@code AllowedOAuthFlowsUserPoolClient} flag:
 * code/implicit with callbacks, client_credentials with a secret and custom scopes only. URLs are
 * https, loopback http and custom schemes. Lists may hold duplicates.
 *
 * <p>Every request passes {@code UserPoolClientFactory.validate} with no violation, provided that
 * the context is valid itself: its client count is below its limit, its required attributes are
 * writable, and its scopes and provider names satisfy the model (as those of {@link
 * UserPoolContexts} do).
 */
public final class ValidRequests {
  private ValidRequests() {}

  /**
   * Pairs a context with a request that is valid for it.
   *
   * @param context the user pool
   * @param request a request that the pool accepts
   */
  public record Sample(UserPoolContext context, CreateUserPoolClientRequest request) {
    /** Checks that both parts are present. */
    public Sample {
      checkNotNull(context, "context");
      checkNotNull(request, "request");
    }
  }

  /** Says whether a generated request must, or must not, give the client a secret. */
  enum Secret {
    ANY,
    PRESENT,
    ABSENT
  }

  /** The model pattern of an OAuth scope (catalogue M-16). */
  static final Pattern SCOPE_PATTERN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /** The model pattern of an identity provider name (catalogue M-12). */
  static final Pattern PROVIDER_PATTERN =
      Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+");

  private static final ImmutableList<String> NOTABLE_NAMES =
      ImmutableList.of("web", "a", " ", "\t", "my app", "svc+bot=1,v.2@example-corp", "M2M_client");

  private static final ImmutableList<String> NOTABLE_URLS =
      ImmutableList.of(
          "https://example.com/callback",
          "https://www.example.com/auth/done?x=1",
          "https://example.com/*",
          "https://example.com/コールバック",
          "https://example.com/déconnexion",
          "https://example.com/a%20b",
          "HTTPS://EXAMPLE.COM/cb",
          "https://1.2.3.4/cb",
          "https://a/",
          "http://localhost",
          "http://localhost:8001",
          "http://LocalHost:3000/cb",
          "Http://LOCALHOST/",
          "http://127.0.0.1:8080/cb",
          "http://127.0.0.1",
          "http://[::1]:3000/callback",
          "http://[::1]",
          "http://user@localhost:5000/cb",
          "myapp://example",
          "myapp://signout",
          "com.example.app:/oauth2redirect",
          "x-app://callback/path?state=1");

  private static final String PATH_ALPHABET = Vocabulary.ALNUM + "-._~/*=+,;:@!$&'()";

  /** Returns a generator of requests that are valid for {@code context}. */
  public static Generator<CreateUserPoolClientRequest> forContext(UserPoolContext context) {
    checkNotNull(context, "context");
    checkArgument(
        context.clientCount() < context.clientLimit(),
        "the pool's client limit is reached: no request is valid");
    return random -> generate(random, context, Secret.ANY);
  }

  /** Returns a generator of contexts of {@link UserPoolContexts#contexts()} with valid requests. */
  public static Generator<Sample> samples() {
    return UserPoolContexts.contexts()
        .flatMap(context -> forContext(context).map(request -> new Sample(context, request)));
  }

  /**
   * Returns a generator of valid callback and logout URLs: https, loopback http (any case, any
   * port), custom schemes, non-ASCII paths, and lengths up to 1024 characters.
   */
  public static Generator<String> urls() {
    return Generator.frequency(
        weighted(3, Generator.oneOf(NOTABLE_URLS)),
        weighted(4, ValidRequests::httpsUrl),
        weighted(2, ValidRequests::loopbackUrl),
        weighted(1, ValidRequests::customSchemeUrl),
        weighted(1, random -> longUrl(random, Generator.integers(900, 1024).next(random))));
  }

  /** Returns a generator of valid client names: 1 to 128 characters of {@code [\w\s+=,.@-]}. */
  public static Generator<String> clientNames() {
    return Generator.frequency(
        weighted(2, Generator.oneOf(NOTABLE_NAMES)),
        weighted(3, Generator.strings(Vocabulary.CLIENT_NAME_ALPHABET, 1, 128)));
  }

  /** Returns a generator of valid custom client secrets: 24 to 64 characters of {@code [\w+]}. */
  public static Generator<String> clientSecrets() {
    return Generator.strings(Vocabulary.SECRET_ALPHABET, 24, 64);
  }

  /** Returns a valid request for {@code context} whose secret follows {@code secret}. */
  static CreateUserPoolClientRequest generate(
      RandomGenerator random, UserPoolContext context, Secret secret) {
    CreateUserPoolClientRequest.Builder request =
        CreateUserPoolClientRequest.builder()
            .userPoolId(context.id())
            .clientName(clientNames().next(random));
    boolean hasSecret = secret(random, request, secret);
    tokenValidities(random, request);
    request.explicitAuthFlowsAsStrings(
        authFlowsAndRotation(random, context, hasSecret, request, RotationChoice.ANY));
    oauth(random, context, hasSecret, request);
    maybeList(random, providers(random, context)).ifPresent(request::supportedIdentityProviders);
    maybeList(random, readAttributes(random, context)).ifPresent(request::readAttributes);
    maybeList(random, writeAttributes(random, context)).ifPresent(request::writeAttributes);
    if (random.nextInt(3) == 0) {
      request.analyticsConfiguration(analytics(random));
    }
    Generator.optional(Generator.oneOf(PreventUserExistenceErrorTypes.knownValues()))
        .next(random)
        .ifPresent(value -> request.preventUserExistenceErrorsAsString(value.toString()));
    Generator.optional(Generator.booleans()).next(random).ifPresent(request::enableTokenRevocation);
    Generator.optional(hasSecret ? Generator.booleans() : Generator.constant(false))
        .next(random)
        .ifPresent(request::enablePropagateAdditionalUserContextData);
    Generator.optional(Generator.integers(3, 15))
        .next(random)
        .ifPresent(request::authSessionValidity);
    return request.build();
  }

  // ---- secret ----

  private static boolean secret(
      RandomGenerator random, CreateUserPoolClientRequest.Builder request, Secret secret) {
    int kind =
        switch (secret) {
          case ANY -> random.nextInt(4);
          case PRESENT -> 2 + random.nextInt(2);
          case ABSENT -> random.nextInt(2);
        };
    switch (kind) {
      case 0 -> {
        return false;
      }
      case 1 -> {
        request.generateSecret(false);
        return false;
      }
      case 2 -> {
        request.generateSecret(true);
        return true;
      }
      default -> {
        if (random.nextBoolean()) {
          request.generateSecret(false);
        }
        request.clientSecret(clientSecrets().next(random));
        return true;
      }
    }
  }

  // ---- token validities ----

  /** Returns how many seconds one {@code unit} lasts. */
  static long seconds(TimeUnitsType unit) {
    return switch (unit) {
      case SECONDS -> 1;
      case MINUTES -> 60;
      case HOURS -> 3600;
      case DAYS -> 86_400;
      case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("unknown unit");
    };
  }

  private static final long THIRTY_DAYS = 30 * 86_400L;
  private static final long REFRESH_MIN = 3600;
  private static final long REFRESH_MAX = 3650 * 86_400L;
  private static final long ACCESS_MIN = 300;
  private static final long ACCESS_MAX = 86_400;

  private static void tokenValidities(
      RandomGenerator random, CreateUserPoolClientRequest.Builder request) {
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    boolean anyUnit = false;
    long refreshSeconds = THIRTY_DAYS;
    switch (random.nextInt(6)) {
      case 0 -> {
        // Absent: 30 days.
      }
      case 1 -> {
        request.refreshTokenValidity(0);
        if (random.nextBoolean()) {
          units.refreshTokenAsString(
              Generator.oneOf(TimeUnitsType.knownValues()).next(random).toString());
          anyUnit = true;
        }
      }
      case 2 -> {
        // A unit without a value still means 30 days (catalogue 12.4, TV-05/TV-09).
        units.refreshTokenAsString(
            Generator.oneOf(TimeUnitsType.knownValues()).next(random).toString());
        anyUnit = true;
      }
      default -> {
        TimeUnitsType unit = Generator.oneOf(TimeUnitsType.knownValues()).next(random);
        int value = valueInRange(random, unit, REFRESH_MIN, REFRESH_MAX, 315_360_000);
        request.refreshTokenValidity(value);
        refreshSeconds = value * seconds(unit);
        if (unit != TimeUnitsType.DAYS || random.nextBoolean()) {
          units.refreshTokenAsString(unit.toString());
          anyUnit = true;
        }
      }
    }
    // TV-07: access and id validities may not exceed the refresh validity.
    long accessMax = Math.min(ACCESS_MAX, refreshSeconds);
    anyUnit |=
        accessOrId(random, accessMax, request::accessTokenValidity, units::accessTokenAsString);
    anyUnit |= accessOrId(random, accessMax, request::idTokenValidity, units::idTokenAsString);
    if (anyUnit || random.nextInt(6) == 0) {
      request.tokenValidityUnits(units.build());
    }
  }

  private static boolean accessOrId(
      RandomGenerator random, long maxSeconds, IntConsumer value, Consumer<String> unitSink) {
    switch (random.nextInt(5)) {
      case 0 -> {
        return false;
      }
      case 1 -> {
        // A unit without a value: the default of one hour applies.
        unitSink.accept(Generator.oneOf(TimeUnitsType.knownValues()).next(random).toString());
        return true;
      }
      default -> {
        List<TimeUnitsType> fitting = new ArrayList<>();
        for (TimeUnitsType unit : TimeUnitsType.knownValues()) {
          if (ceilDiv(ACCESS_MIN, seconds(unit)) <= maxSeconds / seconds(unit)) {
            fitting.add(unit);
          }
        }
        TimeUnitsType unit = Generator.oneOf(fitting).next(random);
        value.accept(valueInRange(random, unit, ACCESS_MIN, maxSeconds, 86_400));
        if (unit != TimeUnitsType.HOURS || random.nextBoolean()) {
          unitSink.accept(unit.toString());
          return true;
        }
        return false;
      }
    }
  }

  /**
   * Returns a value that, in {@code unit}, lies within {@code [minSeconds, maxSeconds]} and within
   * the model maximum, biased to both ends.
   */
  static int valueInRange(
      RandomGenerator random, TimeUnitsType unit, long minSeconds, long maxSeconds, int modelMax) {
    long low = Math.max(1, ceilDiv(minSeconds, seconds(unit)));
    long high = Math.min(modelMax, maxSeconds / seconds(unit));
    return Generator.integers((int) low, (int) high).next(random);
  }

  private static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }

  // ---- auth flows and refresh-token rotation ----

  /** Says whether the rotation generated next to the auth flows may or must be enabled. */
  enum RotationChoice {
    ANY,
    ENABLED
  }

  /**
   * Sets a rotation on {@code request} and returns auth flows that are valid with it and the
   * secret, for the context's tier; empty means "leave the member absent".
   */
  static Optional<ImmutableList<String>> authFlowsAndRotation(
      RandomGenerator random,
      UserPoolContext context,
      boolean hasSecret,
      CreateUserPoolClientRequest.Builder request,
      RotationChoice choice) {
    boolean lite = UserPoolContexts.isLite(context);
    boolean enabled =
        switch (choice) {
          case ANY -> !lite && random.nextInt(3) == 0;
          case ENABLED -> true;
        };
    if (enabled) {
      request.refreshTokenRotation(rotation(random, "ENABLED"));
    } else if (random.nextBoolean()) {
      request.refreshTokenRotation(rotation(random, "DISABLED"));
    } else {
      request.refreshTokenRotation(Optional.empty());
    }
    List<ExplicitAuthFlowsType> userAuth =
        lite ? ImmutableList.of() : ImmutableList.of(ExplicitAuthFlowsType.ALLOW_USER_AUTH);
    int kind = random.nextInt(hasSecret ? 6 : 5);
    ImmutableList<ExplicitAuthFlowsType> flows;
    switch (kind) {
      case 0 -> {
        return Optional.empty();
      }
      case 1 -> flows = ImmutableList.of();
      case 2 -> flows = Generator.subsets(Vocabulary.LEGACY_FLOWS, 1, 3).next(random);
      case 3, 4 -> {
        ImmutableList<ExplicitAuthFlowsType> others =
            Generator.subsets(
                    ImmutableList.<ExplicitAuthFlowsType>builder()
                        .addAll(Vocabulary.PLAIN_ALLOW_FLOWS)
                        .addAll(userAuth)
                        .build(),
                    enabled ? 1 : 0,
                    5)
                .next(random);
        flows =
            enabled
                // RTR-03: no ALLOW_REFRESH_TOKEN_AUTH under rotation (EAF-04 exempts it).
                ? others
                : shuffled(
                    random,
                    ImmutableList.<ExplicitAuthFlowsType>builder()
                        .addAll(others)
                        .add(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                        .build());
      }
      default -> flows = ImmutableList.of(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH);
    }
    return Optional.of(withDuplicates(random, names(flows), Integer.MAX_VALUE));
  }

  private static RefreshTokenRotation rotation(RandomGenerator random, String feature) {
    RefreshTokenRotation.Builder rotation = RefreshTokenRotation.builder().featureAsString(feature);
    Generator.optional(Generator.integers(0, 60))
        .next(random)
        .ifPresent(rotation::retryGracePeriodSeconds);
    return rotation.build();
  }

  // ---- OAuth and URLs ----

  private static void oauth(
      RandomGenerator random,
      UserPoolContext context,
      boolean hasSecret,
      CreateUserPoolClientRequest.Builder request) {
    ImmutableList<String> custom = customScopes(context);
    ImmutableList<String> known =
        ImmutableList.<String>builder().addAll(Vocabulary.STANDARD_SCOPES).addAll(custom).build();
    boolean flag;
    Optional<ImmutableList<String>> flows;
    Optional<ImmutableList<String>> scopes;
    boolean callbacksRequired = false;
    int kind = random.nextInt(hasSecret ? 5 : 4);
    switch (kind) {
      case 0 -> {
        flag = false;
        flows = Optional.empty();
        scopes = Optional.empty();
      }
      case 1, 2 -> {
        // code and/or implicit with the flag: scopes and callbacks required (OA-02, OA-07).
        flag = true;
        flows = Optional.of(codeOrImplicit(random, 1));
        scopes = Optional.of(scopes(random, known, 1));
        callbacksRequired = true;
      }
      case 3 -> {
        // The flag off: nothing is required (OA-03).
        flag = false;
        flows = maybeList(random, codeOrImplicit(random, 0));
        scopes = maybeList(random, scopes(random, known, 0));
      }
      default -> {
        // client_credentials: a secret (OA-05) and custom scopes only (OA-06).
        flows =
            Optional.of(
                withDuplicates(
                    random, ImmutableList.of(OAuthFlowType.CLIENT_CREDENTIALS.toString()), 3));
        flag = !custom.isEmpty() && random.nextBoolean();
        if (flag) {
          scopes = Optional.of(scopes(random, custom, 1));
        } else {
          scopes = maybeList(random, scopes(random, custom, 0));
        }
      }
    }
    if (flag) {
      request.allowedOAuthFlowsUserPoolClient(true);
    } else {
      Generator.optional(Generator.constant(false))
          .next(random)
          .ifPresent(request::allowedOAuthFlowsUserPoolClient);
    }
    flows.ifPresent(request::allowedOAuthFlowsAsStrings);
    scopes.ifPresent(request::allowedOAuthScopes);
    Optional<ImmutableList<String>> callbacks =
        callbacksRequired || random.nextBoolean()
            ? Optional.of(urlList(random, 1))
            : maybeList(random, ImmutableList.of());
    callbacks.ifPresent(request::callbackURLs);
    if (random.nextBoolean()) {
      request.logoutURLs(random.nextInt(4) == 0 ? ImmutableList.of() : urlList(random, 1));
    }
    if (callbacks.isPresent() && !callbacks.get().isEmpty() && random.nextBoolean()) {
      request.defaultRedirectURI(Generator.oneOf(callbacks.get()).next(random));
    }
  }

  /** Returns the pool's custom scopes that the model accepts. */
  static ImmutableList<String> customScopes(UserPoolContext context) {
    return UserPoolContexts.customScopes(context).stream()
        .filter(scope -> scope.length() <= 256 && SCOPE_PATTERN.matcher(scope).matches())
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> codeOrImplicit(RandomGenerator random, int min) {
    ImmutableList<String> flows =
        names(
            Generator.subsets(ImmutableList.of(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT), min, 2)
                .next(random));
    return withDuplicates(random, flows, 3);
  }

  /** Returns 1..50 (or 0..50) scopes of {@code known}, maybe with duplicates. */
  static ImmutableList<String> scopes(RandomGenerator random, List<String> known, int min) {
    ImmutableList<String> picked = Generator.subsets(known, min, 50).next(random);
    if (!picked.isEmpty() && random.nextInt(8) == 0) {
      // The model limit counts duplicates too: fill the list up to exactly 50.
      List<String> full = new ArrayList<>(picked);
      while (full.size() < 50) {
        full.add(picked.get(random.nextInt(picked.size())));
      }
      return shuffled(random, full);
    }
    return withDuplicates(random, picked, 50);
  }

  /** Returns 1..100 (or 0..100) valid URLs, maybe with duplicates. */
  static ImmutableList<String> urlList(RandomGenerator random, int min) {
    int max = random.nextInt(8) == 0 ? 100 : 5;
    return withDuplicates(random, Generator.lists(urls(), min, max).next(random), 100);
  }

  private static String httpsUrl(RandomGenerator random) {
    StringBuilder url = new StringBuilder("https://").append(host(random));
    if (random.nextInt(4) == 0) {
      url.append(':').append(Generator.integers(1, 65535).next(random));
    }
    url.append('/').append(path(random, 40));
    if (random.nextInt(4) == 0) {
      url.append("?state=").append(Generator.strings(Vocabulary.ALNUM, 0, 8).next(random));
    }
    return url.toString();
  }

  private static String loopbackUrl(RandomGenerator random) {
    String host =
        Generator.oneOf(ImmutableList.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST"))
            .next(random);
    String scheme = Generator.oneOf(ImmutableList.of("http", "HTTP", "https")).next(random);
    StringBuilder url = new StringBuilder(scheme).append("://").append(host);
    if (random.nextBoolean()) {
      url.append(':').append(Generator.integers(1, 65535).next(random));
    }
    if (random.nextBoolean()) {
      url.append('/').append(path(random, 20));
    }
    return url.toString();
  }

  private static String customSchemeUrl(RandomGenerator random) {
    // "myapp://" alone does not parse (java.net.URI wants an authority or a path after "//").
    return "myapp"
        + random.nextInt(10)
        + "://"
        + Generator.strings(Vocabulary.ALNUM, 1, 10).next(random)
        + (random.nextBoolean() ? "/" + path(random, 30) : "");
  }

  private static String longUrl(RandomGenerator random, int length) {
    String start = "https://example.com/";
    return start + "a".repeat(length - start.length() - 1) + random.nextInt(10);
  }

  private static String host(RandomGenerator random) {
    int labels = Generator.integers(1, 3).next(random);
    StringBuilder host = new StringBuilder();
    for (int i = 0; i < labels; i++) {
      String label = Generator.strings(Vocabulary.ALNUM_LOWER, 1, 10).next(random);
      host.append(label).append('.');
    }
    // A top label that starts with a letter keeps java.net.URI's host parsing happy.
    return host.append(
            Generator.oneOf(ImmutableList.of("com", "org", "example", "co.uk", "io")).next(random))
        .toString();
  }

  private static String path(RandomGenerator random, int max) {
    return Generator.strings(PATH_ALPHABET, 0, max).next(random);
  }

  // ---- identity providers, attributes, analytics ----

  private static ImmutableList<String> providers(RandomGenerator random, UserPoolContext context) {
    ImmutableList<String> known =
        UserPoolContexts.identityProviders(context).stream()
            .filter(name -> name.length() <= 32 && PROVIDER_PATTERN.matcher(name).matches())
            .collect(ImmutableList.toImmutableList());
    return withDuplicates(random, Generator.subsets(known, 1, 6).next(random), Integer.MAX_VALUE);
  }

  private static ImmutableList<String> readAttributes(
      RandomGenerator random, UserPoolContext context) {
    return withDuplicates(
        random,
        Generator.subsets(UserPoolContexts.readableAttributes(context), 1, 30).next(random),
        Integer.MAX_VALUE);
  }

  /** Returns a write list with every required attribute, or an empty one when none can be valid. */
  static ImmutableList<String> writeAttributes(RandomGenerator random, UserPoolContext context) {
    ImmutableList<String> writable = UserPoolContexts.writableAttributes(context);
    ImmutableList<String> required = context.requiredAttributes();
    if (!writable.containsAll(required)) {
      return ImmutableList.of();
    }
    ImmutableList<String> optional =
        writable.stream()
            .filter(name -> !required.contains(name))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<String> picked =
        Generator.subsets(optional, required.isEmpty() ? 1 : 0, 25).next(random);
    return withDuplicates(
        random,
        shuffled(random, ImmutableList.<String>builder().addAll(required).addAll(picked).build()),
        Integer.MAX_VALUE);
  }

  /** Returns a valid analytics configuration of either form (catalogue AN-01, AN-02). */
  static AnalyticsConfiguration analytics(RandomGenerator random) {
    AnalyticsConfiguration.Builder analytics = AnalyticsConfiguration.builder();
    if (random.nextBoolean()) {
      analytics.applicationArn(arns("mobiletargeting", "apps/").next(random));
    } else {
      analytics
          .applicationId(applicationIds().next(random))
          .roleArn(arns("iam", "role/").next(random))
          .externalId(externalIds().next(random));
    }
    Generator.optional(Generator.booleans()).next(random).ifPresent(analytics::userDataShared);
    return analytics.build();
  }

  /** Returns a generator of valid Pinpoint application ids ({@code ^[0-9a-fA-F]+$}). */
  static Generator<String> applicationIds() {
    return Generator.frequency(
        weighted(2, Generator.strings("0123456789abcdef", 32, 32)),
        weighted(1, Generator.strings(Vocabulary.HEX, 1, 64)));
  }

  /** Returns a generator of valid external ids (up to 131072 characters, any text). */
  static Generator<String> externalIds() {
    return Generator.frequency(
        weighted(8, Generator.strings(Vocabulary.ALNUM + "-_ !é", 1, 64)),
        weighted(1, Generator.constant("my-external-id")),
        weighted(1, random -> "e".repeat(131_072)));
  }

  /**
   * Returns a generator of valid ARNs of {@code service} (20 to 2048 characters of the model
   * pattern), biased to both lengths.
   */
  static Generator<String> arns(String service, String resourcePrefix) {
    return random -> {
      String partition =
          Generator.oneOf(ImmutableList.of("aws", "aws-cn", "aws-us-gov")).next(random);
      String region = service.equals("iam") ? "" : "us-east-1";
      String account = Generator.strings("0123456789", 1, 12).next(random);
      String prefix =
          "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resourcePrefix;
      int length = Generator.integers(Math.max(prefix.length() + 1, 20), 2048).next(random);
      if (random.nextInt(3) != 0) {
        length = Math.max(prefix.length() + 1, Math.min(length, prefix.length() + 32));
      }
      return prefix
          + Generator.strings(
                  Vocabulary.WORD + "+=/,.@-", length - prefix.length(), length - prefix.length())
              .next(random);
    };
  }

  // ---- list helpers ----

  /** Returns the wire names of {@code values}. */
  static <E extends Enum<E>> ImmutableList<String> names(List<E> values) {
    return values.stream().map(Object::toString).collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code list}, or (sometimes) absent, or (sometimes) an empty list. */
  static Optional<ImmutableList<String>> maybeList(
      RandomGenerator random, ImmutableList<String> list) {
    return switch (random.nextInt(5)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(ImmutableList.of());
      default -> Optional.of(list);
    };
  }

  /**
   * Returns {@code list} with, a quarter of the time, some of its elements repeated, in a random
   * order, never longer than {@code max} (and never longer than {@code list} when that is already
   * at {@code max}).
   */
  static ImmutableList<String> withDuplicates(
      RandomGenerator random, ImmutableList<String> list, int max) {
    if (list.isEmpty() || list.size() >= max || random.nextInt(4) != 0) {
      return list;
    }
    List<String> out = new ArrayList<>(list);
    int extra = Math.min(max - list.size(), 1 + random.nextInt(3));
    for (int i = 0; i < extra; i++) {
      out.add(list.get(random.nextInt(list.size())));
    }
    return shuffled(random, out);
  }

  /** Returns {@code values} in a random order. */
  static <T> ImmutableList<T> shuffled(RandomGenerator random, List<T> values) {
    List<T> out = new ArrayList<>(values);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = out.get(i);
      out.set(i, out.get(j));
      out.set(j, swap);
    }
    return ImmutableList.copyOf(out);
  }
}
