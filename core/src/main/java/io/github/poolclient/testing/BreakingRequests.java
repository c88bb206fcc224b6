package io.github.poolclient.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.poolclient.testing.ValidRequests.names;
import static io.github.poolclient.testing.ValidRequests.shuffled;
import static io.github.poolclient.testing.ValidRequests.withDuplicates;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.testing.ValidRequests.RotationChoice;
import io.github.poolclient.testing.ValidRequests.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Generates requests that break one given rule of the chain, and no rule that Cognito checks before
 * it (catalogue 12.1), so that {@code create} fails with exactly that rule's error.
 *
 * <p>Each breaker starts from a request of {@link ValidRequests} for a context of {@link
 * UserPoolContexts} and changes only what it must, biased to the values just outside the valid
 * range: 299 seconds, 4 minutes, 25 hours, 3599 seconds, 59 minutes, 3651 days, 129-character
 * names, 23- and 65-character secrets, 101 URLs, 51 scopes, a client count equal to the limit.
 * Rules that Cognito checks later may or may not hold.
 *
 * <p>For a model row ({@code M-xx}) the request breaks only constraints of that row, so {@code
 * create} throws one {@code InvalidParameterException} whose items all belong to the row (one or
 * several of them); the business rules are not consulted. For every other rule the request passes
 * every model constraint and every earlier business rule, and {@code create} throws the {@link
 * Case#message()} of the case.
 */
public final class BreakingRequests {
  private BreakingRequests() {}

  /**
   * Holds one breaking request: the context, the request, the rule it breaks first and what {@code
   * create} throws for it.
   *
   * @param ruleId the catalogue id of the rule the request breaks first, e.g. {@code TV-03}
   * @param errorType the AWS error type {@code create} throws
   * @param context the user pool the request is sent to (when {@code poolExists})
   * @param poolExists whether the pool exists; when false, no pool exists at all (RNF-01)
   * @param request the request
   * @param message the exact message {@code create} throws; empty for a model row, whose message
   *     lists the items of that row
   * @param fields the model paths the request breaks (model rows only, e.g. {@code clientName});
   *     empty for every other rule
   */
  public record Case(
      String ruleId,
      ErrorType errorType,
      UserPoolContext context,
      boolean poolExists,
      CreateUserPoolClientRequest request,
      Optional<String> message,
      ImmutableSet<String> fields) {

    /** Checks that every part is present. */
    public Case {
      checkNotNull(ruleId, "ruleId");
      checkNotNull(errorType, "errorType");
      checkNotNull(context, "context");
      checkNotNull(request, "request");
      checkNotNull(message, "message");
      checkNotNull(fields, "fields");
    }

    /**
     * Returns the pools to send the request to: the context, or none at all when {@code poolExists}
     * is false.
     */
    public UserPoolLookup lookup() {
      return poolExists ? UserPoolLookup.of(context) : UserPoolLookup.none();
    }

    /** Returns whether the rule is a model constraint row ({@code M-xx}). */
    public boolean isModelRow() {
      return ruleId.startsWith("M-");
    }
  }

  @FunctionalInterface
  private interface Breaker {
    Case make(RandomGenerator random);
  }

  private static final ImmutableMap<String, Breaker> BREAKERS =
      ImmutableMap.<String, Breaker>builder()
          .put("M-01", BreakingRequests::userPoolId)
          .put("M-02", BreakingRequests::clientName)
          .put("M-04", BreakingRequests::clientSecret)
          .put("M-06", random -> validity(random, "M-06", "refreshTokenValidity", 0, 315_360_000))
          .put("M-07", random -> validity(random, "M-07", "accessTokenValidity", 1, 86_400))
          .put("M-08", random -> validity(random, "M-08", "idTokenValidity", 1, 86_400))
          .put("M-09", BreakingRequests::units)
          .put("M-10", BreakingRequests::attributeNames)
          .put("M-11", BreakingRequests::authFlowValues)
          .put("M-12", BreakingRequests::providerNames)
          .put("M-13", BreakingRequests::urlLists)
          .put("M-14", BreakingRequests::defaultRedirectValue)
          .put("M-15", BreakingRequests::oauthFlowValues)
          .put("M-16", BreakingRequests::scopeValues)
          .put("M-18", BreakingRequests::applicationId)
          .put("M-19", BreakingRequests::arn)
          .put("M-20", BreakingRequests::externalId)
          .put("M-21", BreakingRequests::preventUserExistenceErrors)
          .put("M-22", BreakingRequests::authSessionValidity)
          .put("M-23", BreakingRequests::rotationFeature)
          .put("M-24", BreakingRequests::gracePeriod)
          .put("RNF-01", BreakingRequests::poolNotFound)
          .put("TV-03", BreakingRequests::tokenValidityRange)
          .put("TV-07", BreakingRequests::accessLongerThanRefresh)
          .put("EAF-03", BreakingRequests::legacyMixedWithAllow)
          .put("EAF-11", BreakingRequests::clientTokenAuth)
          .put("EAF-04", BreakingRequests::allowWithoutRefresh)
          .put("RTR-03", BreakingRequests::refreshWithRotation)
          .put("CS-02", BreakingRequests::generateAndCustomSecret)
          .put("OA-05", BreakingRequests::clientCredentialsWithoutSecret)
          .put("PR-02", BreakingRequests::propagateWithoutSecret)
          .put("OA-02", BreakingRequests::flagWithoutFlowsOrScopes)
          .put("OA-04", BreakingRequests::clientCredentialsNotAlone)
          .put("OA-06", BreakingRequests::clientCredentialsWithStandardScope)
          .put("OA-07", BreakingRequests::codeWithoutCallbacks)
          .put("OA-08", BreakingRequests::unknownScope)
          .put("OA-11", BreakingRequests::unknownProvider)
          // One rule checks each URL for URL-06, then URL-04, then URL-02 (catalogue 12.4).
          .put("URL-06", random -> badUrl(random, "URL-06"))
          .put("URL-04", random -> badUrl(random, "URL-04"))
          .put("URL-02", random -> badUrl(random, "URL-02"))
          .put("URL-08", BreakingRequests::defaultRedirectNotInCallbacks)
          .put("ATTR-04", BreakingRequests::unknownAttribute)
          .put("ATTR-03", BreakingRequests::nonWritableAttribute)
          .put("ATTR-02", BreakingRequests::requiredAttributeNotWritten)
          .put("AN-03", BreakingRequests::analyticsShape)
          .put("EAF-07", BreakingRequests::userAuthOnLite)
          .put("RTR-05", BreakingRequests::rotationOnLite)
          .put("LIM-01", BreakingRequests::limitReached)
          .buildOrThrow();

  /**
   * The descriptors of the Create chain by rule id (the first of an id that has several, e.g.
   * ATTR-04 read and write), in evaluation order: the one source of the order and error types.
   */
  private static final ImmutableMap<String, RuleDescriptor> CHAIN =
      RuleChain.standard().descriptors(Operation.CREATE).stream()
          .collect(
              ImmutableMap.toImmutableMap(
                  RuleDescriptor::id, descriptor -> descriptor, (first, second) -> first));

  /** Returns the ids of every rule that has a breaker, in the chain's evaluation order. */
  public static ImmutableSet<String> ruleIds() {
    return CHAIN.keySet().stream()
        .filter(BREAKERS::containsKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns a generator of cases that break the rule {@code ruleId} first.
   *
   * @throws IllegalArgumentException if {@code ruleId} is not one of {@link #ruleIds()}
   */
  public static Generator<Case> forRule(String ruleId) {
    checkNotNull(ruleId, "ruleId");
    Breaker breaker = BREAKERS.get(ruleId);
    checkArgument(breaker != null, "no breaker for rule %s; known: %s", ruleId, ruleIds());
    return breaker::make;
  }

  /** Returns a generator of cases for any rule of {@link #ruleIds()}, each rule equally likely. */
  public static Generator<Case> cases() {
    return Generator.oneOf(ruleIds()).flatMap(BreakingRequests::forRule);
  }

  /** Returns the AWS error type raised by {@code ruleId}, as the chain's descriptor says. */
  static ErrorType errorType(String ruleId) {
    RuleDescriptor descriptor = CHAIN.get(ruleId);
    checkArgument(descriptor != null, "rule %s is not in the chain", ruleId);
    return descriptor.errorType();
  }

  // ---- starting points ----

  private record Start(UserPoolContext context, CreateUserPoolClientRequest request) {
    CreateUserPoolClientRequest.Builder edit() {
      return request.toBuilder();
    }
  }

  private static Start start(RandomGenerator random, Secret secret) {
    return start(random, UserPoolContexts.contexts().next(random), secret);
  }

  private static Start start(RandomGenerator random, UserPoolContext context, Secret secret) {
    return new Start(context, ValidRequests.generate(random, context, secret));
  }

  private static Case model(
      String ruleId,
      UserPoolContext context,
      CreateUserPoolClientRequest.Builder request,
      String... fields) {
    return new Case(
        ruleId,
        errorType(ruleId),
        context,
        true,
        request.build(),
        Optional.empty(),
        ImmutableSet.copyOf(fields));
  }

  private static Case rule(
      String ruleId, UserPoolContext context, CreateUserPoolClientRequest request, String message) {
    return new Case(
        ruleId, errorType(ruleId), context, true, request, Optional.of(message), ImmutableSet.of());
  }

  // ---- model rows ----

  private static Case userPoolId(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    String id = start.context().id();
    switch (random.nextInt(10)) {
      case 0 -> request.userPoolId(Optional.empty());
      case 1 -> request.userPoolId("");
      case 2 -> request.userPoolId("us-east-1_" + "A".repeat(46)); // 56: one too long
      case 3 -> request.userPoolId(" " + id);
      case 4 -> request.userPoolId(id + "\n");
      case 5 -> request.userPoolId(id.replace('_', '-'));
      case 6 -> request.userPoolId(id.substring(0, id.lastIndexOf('_') + 1));
      case 7 -> request.userPoolId(id + "-x");
      case 8 -> request.userPoolId("_" + Generator.strings(Vocabulary.ALNUM, 1, 10).next(random));
      default -> request.userPoolId("!".repeat(Generator.integers(56, 200).next(random)));
    }
    return model("M-01", start.context(), request, "userPoolId");
  }

  private static Case clientName(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    switch (random.nextInt(8)) {
      case 0 -> request.clientName(Optional.empty());
      case 1 -> request.clientName("");
      case 2, 3 ->
          request.clientName(
              Generator.strings(Vocabulary.CLIENT_NAME_ALPHABET, 129, 300).next(random));
      case 4 -> request.clientName("アプリ");
      case 5 -> request.clientName("web/app");
      case 6 ->
          request.clientName(
              Generator.strings(Vocabulary.ALNUM, 0, 60).next(random)
                  + Generator.oneOf(ImmutableList.of("!", "#", "/", "é", "\u0000", "*", "?"))
                      .next(random)
                  + Generator.strings(Vocabulary.ALNUM, 0, 60).next(random));
      default -> request.clientName("x".repeat(128) + "!");
    }
    return model("M-02", start.context(), request, "clientName");
  }

  private static Case clientSecret(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    // A secret that is only model-invalid: GenerateSecret false or absent (CS-02 is semantic).
    request.generateSecret(random.nextBoolean() ? Optional.of(false) : Optional.empty());
    String secret =
        switch (random.nextInt(6)) {
          case 0 -> Generator.strings(Vocabulary.SECRET_ALPHABET, 1, 23).next(random);
          case 1 -> Generator.strings(Vocabulary.SECRET_ALPHABET, 65, 200).next(random);
          case 2 -> "";
          case 3 -> "a".repeat(23);
          case 4 -> "b".repeat(65);
          default ->
              Generator.strings(Vocabulary.SECRET_ALPHABET, 12, 12).next(random)
                  + Generator.oneOf(ImmutableList.of("-", "=", "/", " ", "é", ".")).next(random)
                  + Generator.strings(Vocabulary.SECRET_ALPHABET, 11, 51).next(random);
        };
    request.clientSecret(secret);
    return model("M-04", start.context(), request, "clientSecret");
  }

  private static Case validity(
      RandomGenerator random, String ruleId, String field, int min, int max) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    int value =
        Generator.frequency(
                Generator.weighted(3, Generator.oneOf(ImmutableList.of(min - 1, max + 1))),
                Generator.weighted(
                    1, Generator.oneOf(ImmutableList.of(Integer.MIN_VALUE, Integer.MAX_VALUE))),
                Generator.weighted(1, Generator.integers(Integer.MIN_VALUE, min - 1)),
                Generator.weighted(1, Generator.integers(max + 1, Integer.MAX_VALUE)))
            .next(random);
    switch (field) {
      case "refreshTokenValidity" -> request.refreshTokenValidity(value);
      case "accessTokenValidity" -> request.accessTokenValidity(value);
      default -> request.idTokenValidity(value);
    }
    return model(ruleId, start.context(), request, field);
  }

  private static final ImmutableList<String> BAD_UNITS =
      ImmutableList.of(
          "weeks", "Minutes", "HOURS", "", "second", "days ", "Days", "ms", "時間", "null");

  private static Case units(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    start.request().tokenValidityUnits().ifPresent(units::from);
    Generator<String> bad = Generator.oneOf(BAD_UNITS);
    List<String> fields = new ArrayList<>();
    for (String member :
        Generator.subsets(ImmutableList.of(0, 1, 2), 1, 3).next(random).stream()
            .map(i -> ImmutableList.of("accessToken", "idToken", "refreshToken").get(i))
            .collect(ImmutableList.toImmutableList())) {
      switch (member) {
        case "accessToken" -> units.accessTokenAsString(bad.next(random));
        case "idToken" -> units.idTokenAsString(bad.next(random));
        default -> units.refreshTokenAsString(bad.next(random));
      }
      fields.add("tokenValidityUnits." + member);
    }
    request.tokenValidityUnits(units.build());
    return model("M-09", start.context(), request, fields.toArray(String[]::new));
  }

  private static Case attributeNames(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    Generator<String> bad =
        Generator.frequency(
            Generator.weighted(2, Generator.constant("")),
            Generator.weighted(1, random2 -> "a".repeat(2049)),
            Generator.weighted(1, Generator.strings(Vocabulary.ALNUM, 2049, 3000)));
    List<String> fields = new ArrayList<>();
    int which = random.nextInt(3);
    if (which != 1) {
      request.readAttributes(
          insert(random, start.request().readAttributes(), bad.next(random), Integer.MAX_VALUE));
      fields.add("readAttributes");
    }
    if (which != 0) {
      request.writeAttributes(
          insert(random, start.request().writeAttributes(), bad.next(random), Integer.MAX_VALUE));
      fields.add("writeAttributes");
    }
    return model("M-10", start.context(), request, fields.toArray(String[]::new));
  }

  private static Case authFlowValues(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    String bad =
        Generator.oneOf(
                ImmutableList.of(
                    "ADMIN_USER_PASSWORD_AUTH",
                    "allow_user_srp_auth",
                    "",
                    "ALLOW_USER_SRP_AUTH ",
                    "USER_SRP_AUTH",
                    "REFRESH_TOKEN_AUTH",
                    "UNKNOWN_TO_SDK_VERSION",
                    "ALLOW_REFRESH_TOKEN"))
            .next(random);
    request.explicitAuthFlowsAsStrings(
        insert(random, start.request().explicitAuthFlowsAsStrings(), bad, Integer.MAX_VALUE));
    return model("M-11", start.context(), request, "explicitAuthFlows");
  }

  private static Case providerNames(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    String bad =
        Generator.frequency(
                Generator.weighted(
                    3,
                    Generator.oneOf(
                        ImmutableList.of(
                            "",
                            "P".repeat(33),
                            "Corporate SAML Provider 2026 abcd",
                            "tab\tname",
                            "line\nbreak",
                            "nul\u0000"))),
                Generator.weighted(1, Generator.strings(Vocabulary.ALNUM + " é", 33, 100)))
            .next(random);
    request.supportedIdentityProviders(
        insert(random, start.request().supportedIdentityProviders(), bad, Integer.MAX_VALUE));
    return model("M-12", start.context(), request, "supportedIdentityProviders");
  }

  private static final ImmutableList<String> BAD_URL_VALUES =
      ImmutableList.of(
          "",
          "https://example.com/a b",
          "https://example.com/\tcb",
          " https://example.com/cb",
          "https://example.com/cb\n",
          "https://example.com/" + "a".repeat(1005)); // 1025 characters

  private static Case urlLists(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    List<String> fields = new ArrayList<>();
    int which = random.nextInt(3);
    if (which != 1) {
      request.callbackURLs(badUrlList(random, start.request().callbackURLs()));
      fields.add("callbackURLs");
    }
    if (which != 0) {
      request.logoutURLs(badUrlList(random, start.request().logoutURLs()));
      fields.add("logoutURLs");
    }
    return model("M-13", start.context(), request, fields.toArray(String[]::new));
  }

  private static ImmutableList<String> badUrlList(
      RandomGenerator random, Optional<ImmutableList<String>> base) {
    if (random.nextBoolean()) {
      // Too many entries, each of them valid.
      return Generator.lists(ValidRequests.urls(), 101, 130).next(random);
    }
    return insert(random, base, Generator.oneOf(BAD_URL_VALUES).next(random), 100);
  }

  private static Case defaultRedirectValue(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    request.defaultRedirectURI(Generator.oneOf(BAD_URL_VALUES).next(random));
    return model("M-14", start.context(), request, "defaultRedirectURI");
  }

  private static Case oauthFlowValues(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    ImmutableList<String> valid = names(ImmutableList.copyOf(OAuthFlowType.knownValues()));
    if (random.nextBoolean()) {
      request.allowedOAuthFlowsAsStrings(
          Generator.lists(Generator.oneOf(valid), 4, 10).next(random));
    } else {
      String bad =
          Generator.oneOf(
                  ImmutableList.of(
                      "token", "Code", "", "authorization_code", "CLIENT_CREDENTIALS", "code "))
              .next(random);
      request.allowedOAuthFlowsAsStrings(
          insert(random, start.request().allowedOAuthFlowsAsStrings(), bad, 3));
    }
    return model("M-15", start.context(), request, "allowedOAuthFlows");
  }

  private static Case scopeValues(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    if (random.nextBoolean()) {
      request.allowedOAuthScopes(
          Generator.lists(Generator.oneOf(Vocabulary.STANDARD_SCOPES), 51, 80).next(random));
    } else {
      String bad =
          Generator.oneOf(
                  ImmutableList.of(
                      "my scope",
                      "say\"hi\"",
                      "back\\slash",
                      "",
                      "é",
                      "tab\t",
                      "api/" + "s".repeat(253))) // 257 characters
              .next(random);
      request.allowedOAuthScopes(insert(random, start.request().allowedOAuthScopes(), bad, 50));
    }
    return model("M-16", start.context(), request, "allowedOAuthScopes");
  }

  private static Case applicationId(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    String bad =
        Generator.oneOf(
                ImmutableList.of(
                    "xyz-123", "", "0x12", "12 ", "ＡＢ", "g", "-1", "0123456789abcdefg"))
            .next(random);
    AnalyticsConfiguration analytics =
        AnalyticsConfiguration.builder()
            .applicationId(bad)
            .roleArn(ValidRequests.arns("iam", "role/").next(random))
            .externalId(ValidRequests.externalIds().next(random))
            .build();
    return model(
        "M-18",
        start.context(),
        start.edit().analyticsConfiguration(analytics),
        "analyticsConfiguration.applicationId");
  }

  private static Case arn(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    String bad =
        Generator.frequency(
                Generator.weighted(
                    3,
                    Generator.oneOf(
                        ImmutableList.of(
                            "arn:aws:iam::1:role", // 19 characters
                            "",
                            "not-an-arn-at-all-xxxxxx",
                            "arn:aws:iam::abc:role/too-clever",
                            "arn:aws:iam::123456789012:role/with space",
                            "arn:aws:iam::123456789012"))),
                Generator.weighted(
                    1,
                    random2 ->
                        "arn:aws:iam::123456789012:role/"
                            + "r".repeat(2049 - 31))) // 2049 characters
            .next(random);
    AnalyticsConfiguration.Builder analytics = AnalyticsConfiguration.builder();
    String field;
    if (random.nextBoolean()) {
      analytics.applicationArn(bad);
      field = "analyticsConfiguration.applicationArn";
    } else {
      analytics
          .applicationId(ValidRequests.applicationIds().next(random))
          .roleArn(bad)
          .externalId(ValidRequests.externalIds().next(random));
      field = "analyticsConfiguration.roleArn";
    }
    return model(
        "M-19", start.context(), start.edit().analyticsConfiguration(analytics.build()), field);
  }

  private static Case externalId(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    AnalyticsConfiguration analytics =
        AnalyticsConfiguration.builder()
            .applicationId(ValidRequests.applicationIds().next(random))
            .roleArn(ValidRequests.arns("iam", "role/").next(random))
            .externalId("e".repeat(Generator.integers(131_073, 131_080).next(random)))
            .build();
    return model(
        "M-20",
        start.context(),
        start.edit().analyticsConfiguration(analytics),
        "analyticsConfiguration.externalId");
  }

  private static Case preventUserExistenceErrors(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    String bad =
        Generator.oneOf(ImmutableList.of("DISABLED", "legacy", "", "Enabled", "OFF", "LEGACY "))
            .next(random);
    return model(
        "M-21",
        start.context(),
        start.edit().preventUserExistenceErrorsAsString(bad),
        "preventUserExistenceErrors");
  }

  private static Case authSessionValidity(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    int bad =
        Generator.frequency(
                Generator.weighted(3, Generator.oneOf(ImmutableList.of(2, 16))),
                Generator.weighted(
                    1,
                    Generator.oneOf(ImmutableList.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE))),
                Generator.weighted(1, Generator.integers(16, 10_000)))
            .next(random);
    return model(
        "M-22", start.context(), start.edit().authSessionValidity(bad), "authSessionValidity");
  }

  private static Case rotationFeature(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    RefreshTokenRotation.Builder rotation = RefreshTokenRotation.builder();
    Generator.optional(Generator.integers(0, 60))
        .next(random)
        .ifPresent(rotation::retryGracePeriodSeconds);
    if (random.nextBoolean()) {
      rotation.featureAsString(
          Generator.oneOf(ImmutableList.of("ON", "enabled", "", "TRUE", "Disabled")).next(random));
    }
    return model(
        "M-23",
        start.context(),
        start.edit().refreshTokenRotation(rotation.build()),
        "refreshTokenRotation.feature");
  }

  private static Case gracePeriod(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    int bad =
        Generator.frequency(
                Generator.weighted(3, Generator.oneOf(ImmutableList.of(-1, 61))),
                Generator.weighted(
                    1, Generator.oneOf(ImmutableList.of(Integer.MIN_VALUE, Integer.MAX_VALUE))),
                Generator.weighted(1, Generator.integers(61, 100_000)))
            .next(random);
    RefreshTokenRotation rotation =
        RefreshTokenRotation.builder()
            .featureAsString(random.nextBoolean() ? "ENABLED" : "DISABLED")
            .retryGracePeriodSeconds(bad)
            .build();
    return model(
        "M-24",
        start.context(),
        start.edit().refreshTokenRotation(rotation),
        "refreshTokenRotation.retryGracePeriodSeconds");
  }

  // ---- the pool ----

  private static Case poolNotFound(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    if (random.nextBoolean()) {
      return new Case(
          "RNF-01",
          errorType("RNF-01"),
          start.context(),
          false,
          start.request(),
          Optional.of(Messages.userPoolDoesNotExist(start.context().id())),
          ImmutableSet.of());
    }
    String id = start.context().id();
    String other = random.nextBoolean() ? otherCase(id) : UserPoolContexts.poolIds().next(random);
    if (other.equals(id)) {
      other = otherCase(id);
    }
    CreateUserPoolClientRequest request = start.edit().userPoolId(other).build();
    return rule("RNF-01", start.context(), request, Messages.userPoolDoesNotExist(other));
  }

  /** Returns {@code id} with one character changed (the case of a letter, or a digit). */
  private static String otherCase(String id) {
    char[] chars = id.toCharArray();
    for (int i = chars.length - 1; i >= 0; i--) {
      char c = chars[i];
      if (Character.isLetter(c) && c < 128) {
        chars[i] = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return new String(chars);
      }
    }
    // Only digits after the last underscore and no letters before it: change the last digit.
    int last = chars.length - 1;
    chars[last] = chars[last] == '0' ? '1' : '0';
    return new String(chars);
  }

  // ---- token validity ----

  private static Case tokenValidityRange(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    start.request().tokenValidityUnits().ifPresent(units::from);
    int token = random.nextInt(3);
    TimeUnitsType unit = Generator.oneOf(TimeUnitsType.knownValues()).next(random);
    // Half of the time the value just outside the range, else anywhere outside (within the model).
    int value;
    if (token < 2) {
      // Access or id: 5 minutes .. 1 day; raw values up to 86400.
      value =
          switch (unit) {
            case SECONDS -> nearOrAny(random, 299, 1, 299);
            case MINUTES ->
                random.nextBoolean()
                    ? nearOrAny(random, 4, 1, 4)
                    : nearOrAny(random, 1441, 1441, 86_400);
            case HOURS -> nearOrAny(random, 25, 25, 86_400);
            default -> nearOrAny(random, 2, 2, 86_400);
          };
    } else {
      // Refresh: 1 hour .. 3650 days; raw values up to 315360000; 0 means the default.
      value =
          switch (unit) {
            case SECONDS -> nearOrAny(random, 3599, 1, 3599);
            case MINUTES ->
                random.nextBoolean()
                    ? nearOrAny(random, 59, 1, 59)
                    : nearOrAny(random, 5_256_001, 5_256_001, 315_360_000);
            case HOURS -> nearOrAny(random, 87_601, 87_601, 315_360_000);
            default -> nearOrAny(random, 3651, 3651, 315_360_000);
          };
    }
    TimeUnitsType defaultUnit = token < 2 ? TimeUnitsType.HOURS : TimeUnitsType.DAYS;
    Optional<String> sentUnit =
        unit == defaultUnit && random.nextBoolean()
            ? Optional.empty()
            : Optional.of(unit.toString());
    switch (token) {
      case 0 -> {
        request.accessTokenValidity(value);
        units.accessTokenAsString(sentUnit);
      }
      case 1 -> {
        request.idTokenValidity(value);
        units.idTokenAsString(sentUnit);
      }
      default -> {
        request.refreshTokenValidity(value);
        units.refreshTokenAsString(sentUnit);
      }
    }
    request.tokenValidityUnits(units.build());
    return rule("TV-03", start.context(), request.build(), Messages.INVALID_TOKEN_VALIDITY_RANGE);
  }

  private static int nearOrAny(RandomGenerator random, int near, int min, int max) {
    return random.nextBoolean() ? near : Generator.integers(min, max).next(random);
  }

  private static Case accessLongerThanRefresh(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    start.request().tokenValidityUnits().ifPresent(units::from);
    // A refresh validity shorter than a day (the access/id maximum), at least an hour.
    TimeUnitsType refreshUnit =
        Generator.oneOf(
                ImmutableList.of(TimeUnitsType.SECONDS, TimeUnitsType.MINUTES, TimeUnitsType.HOURS))
            .next(random);
    int refresh = ValidRequests.valueInRange(random, refreshUnit, 3600, 86_399, 315_360_000);
    long refreshSeconds = refresh * ValidRequests.seconds(refreshUnit);
    request.refreshTokenValidity(refresh);
    units.refreshTokenAsString(refreshUnit.toString());
    int which = random.nextInt(3);
    if (which != 1) {
      longerThan(random, refreshSeconds, request::accessTokenValidity, units::accessTokenAsString);
    }
    if (which != 0) {
      longerThan(random, refreshSeconds, request::idTokenValidity, units::idTokenAsString);
    }
    request.tokenValidityUnits(units.build());
    return rule("TV-07", start.context(), request.build(), Messages.ACCESS_ID_LONGER_THAN_REFRESH);
  }

  private static void longerThan(
      RandomGenerator random,
      long refreshSeconds,
      IntConsumer value,
      Consumer<Optional<String>> unitSink) {
    TimeUnitsType unit = Generator.oneOf(TimeUnitsType.knownValues()).next(random);
    value.accept(ValidRequests.valueInRange(random, unit, refreshSeconds + 1, 86_400, 86_400));
    unitSink.accept(
        unit == TimeUnitsType.HOURS && random.nextBoolean()
            ? Optional.empty()
            : Optional.of(unit.toString()));
  }

  // ---- auth flows ----

  private static final ImmutableList<ExplicitAuthFlowsType> ALL_ALLOW_FLOWS =
      ImmutableList.<ExplicitAuthFlowsType>builder()
          .addAll(Vocabulary.PLAIN_ALLOW_FLOWS)
          .add(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
          .add(ExplicitAuthFlowsType.ALLOW_USER_AUTH)
          .add(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH)
          .build();

  private static ImmutableList<String> flows(
      RandomGenerator random, List<ExplicitAuthFlowsType> flows) {
    return withDuplicates(random, shuffled(random, names(flows)), Integer.MAX_VALUE);
  }

  private static <T> ImmutableList<T> concat(List<? extends T> first, List<? extends T> second) {
    return ImmutableList.<T>builder().addAll(first).addAll(second).build();
  }

  private static Case legacyMixedWithAllow(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    ImmutableList<String> flows =
        flows(
            random,
            concat(
                Generator.subsets(Vocabulary.LEGACY_FLOWS, 1, 3).next(random),
                Generator.subsets(ALL_ALLOW_FLOWS, 1, 3).next(random)));
    return rule(
        "EAF-03",
        start.context(),
        start.edit().explicitAuthFlowsAsStrings(flows).build(),
        Messages.ALLOW_MIXED_WITH_LEGACY);
  }

  private static Case clientTokenAuth(RandomGenerator random) {
    if (random.nextBoolean()) {
      Start start = start(random, Secret.ANY);
      ImmutableList<ExplicitAuthFlowsType> others =
          ImmutableList.<ExplicitAuthFlowsType>builder()
              .addAll(Vocabulary.PLAIN_ALLOW_FLOWS)
              .add(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
              .add(ExplicitAuthFlowsType.ALLOW_USER_AUTH)
              .build();
      ImmutableList<String> flows =
          flows(
              random,
              concat(
                  ImmutableList.of(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH),
                  Generator.subsets(others, 1, 3).next(random)));
      return rule(
          "EAF-11",
          start.context(),
          start.edit().explicitAuthFlowsAsStrings(flows).build(),
          Messages.CLIENT_TOKEN_AUTH_NOT_ALONE);
    }
    Start start = start(random, Secret.ABSENT);
    ImmutableList<String> flows =
        Generator.lists(
                Generator.constant(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH.toString()), 1, 3)
            .next(random);
    return rule(
        "EAF-11",
        start.context(),
        start.edit().explicitAuthFlowsAsStrings(flows).build(),
        Messages.CLIENT_TOKEN_AUTH_WITHOUT_SECRET);
  }

  private static Case allowWithoutRefresh(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    ImmutableList<String> flows =
        flows(
            random,
            Generator.subsets(
                    concat(
                        Vocabulary.PLAIN_ALLOW_FLOWS,
                        ImmutableList.of(ExplicitAuthFlowsType.ALLOW_USER_AUTH)),
                    1,
                    5)
                .next(random));
    CreateUserPoolClientRequest.Builder request = start.edit().explicitAuthFlowsAsStrings(flows);
    // EAF-04 is lifted by rotation: keep it absent or DISABLED.
    request.refreshTokenRotation(
        random.nextBoolean()
            ? Optional.empty()
            : Optional.of(RefreshTokenRotation.builder().featureAsString("DISABLED").build()));
    return rule("EAF-04", start.context(), request.build(), Messages.REFRESH_TOKEN_AUTH_REQUIRED);
  }

  private static Case refreshWithRotation(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    ImmutableList<String> flows =
        flows(
            random,
            concat(
                ImmutableList.of(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH),
                Generator.subsets(
                        concat(
                            Vocabulary.PLAIN_ALLOW_FLOWS,
                            ImmutableList.of(ExplicitAuthFlowsType.ALLOW_USER_AUTH)),
                        0,
                        5)
                    .next(random)));
    RefreshTokenRotation.Builder rotation =
        RefreshTokenRotation.builder().featureAsString("ENABLED");
    Generator.optional(Generator.integers(0, 60))
        .next(random)
        .ifPresent(rotation::retryGracePeriodSeconds);
    CreateUserPoolClientRequest request =
        start
            .edit()
            .explicitAuthFlowsAsStrings(flows)
            .refreshTokenRotation(rotation.build())
            .build();
    return rule("RTR-03", start.context(), request, Messages.REFRESH_TOKEN_AUTH_WITH_ROTATION);
  }

  // ---- secrets ----

  private static Case generateAndCustomSecret(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest request =
        start
            .edit()
            .generateSecret(true)
            .clientSecret(ValidRequests.clientSecrets().next(random))
            .build();
    return rule("CS-02", start.context(), request, Messages.GENERATE_SECRET_AND_CLIENT_SECRET);
  }

  /**
   * Returns {@code client_credentials} with at least {@code minOthers} of code and implicit, in a
   * random order and with duplicates (at most 3 entries: the model's list limit).
   */
  private static ImmutableList<String> clientCredentialsWithOthers(
      RandomGenerator random, int minOthers) {
    return withDuplicates(
        random,
        shuffled(
            random,
            names(
                concat(
                    ImmutableList.of(OAuthFlowType.CLIENT_CREDENTIALS),
                    Generator.subsets(
                            ImmutableList.of(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT),
                            minOthers,
                            2)
                        .next(random)))),
        3);
  }

  private static Case clientCredentialsWithoutSecret(RandomGenerator random) {
    Start start = start(random, Secret.ABSENT);
    ImmutableList<String> flows = clientCredentialsWithOthers(random, 0);
    return rule(
        "OA-05",
        start.context(),
        start.edit().allowedOAuthFlowsAsStrings(flows).build(),
        Messages.CLIENT_CREDENTIALS_WITHOUT_SECRET);
  }

  private static Case propagateWithoutSecret(RandomGenerator random) {
    Start start = start(random, Secret.ABSENT);
    return rule(
        "PR-02",
        start.context(),
        start.edit().enablePropagateAdditionalUserContextData(true).build(),
        Messages.PROPAGATE_CONTEXT_DATA_WITHOUT_SECRET);
  }

  // ---- OAuth ----

  private static ImmutableList<String> knownScopes(UserPoolContext context) {
    return concat(Vocabulary.STANDARD_SCOPES, ValidRequests.customScopes(context));
  }

  private static Optional<ImmutableList<String>> absentOrEmpty(RandomGenerator random) {
    return random.nextBoolean() ? Optional.empty() : Optional.of(ImmutableList.of());
  }

  private static ImmutableList<String> codeOrImplicit(RandomGenerator random) {
    return withDuplicates(
        random,
        names(
            Generator.subsets(ImmutableList.of(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT), 1, 2)
                .next(random)),
        3);
  }

  private static Case flagWithoutFlowsOrScopes(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request =
        start.edit().allowedOAuthFlowsUserPoolClient(true);
    switch (random.nextInt(3)) {
      case 0 -> {
        request.allowedOAuthFlowsAsStrings(absentOrEmpty(random));
        request.allowedOAuthScopes(ValidRequests.scopes(random, knownScopes(start.context()), 1));
      }
      case 1 -> {
        request.allowedOAuthFlowsAsStrings(codeOrImplicit(random));
        request.allowedOAuthScopes(absentOrEmpty(random));
      }
      default -> {
        request.allowedOAuthFlowsAsStrings(absentOrEmpty(random));
        request.allowedOAuthScopes(absentOrEmpty(random));
      }
    }
    return rule(
        "OA-02", start.context(), request.build(), Messages.OAUTH_FLOWS_AND_SCOPES_REQUIRED);
  }

  private static Case clientCredentialsNotAlone(RandomGenerator random) {
    Start start = start(random, Secret.PRESENT);
    ImmutableList<String> flows = clientCredentialsWithOthers(random, 1);
    boolean flag = random.nextBoolean();
    CreateUserPoolClientRequest.Builder request =
        start.edit().allowedOAuthFlowsAsStrings(flows).allowedOAuthFlowsUserPoolClient(flag);
    if (flag && start.request().allowedOAuthScopes().orElse(ImmutableList.of()).isEmpty()) {
      // OA-02 comes first: with the flag, scopes must be there.
      request.allowedOAuthScopes(ValidRequests.scopes(random, knownScopes(start.context()), 1));
    }
    return rule("OA-04", start.context(), request.build(), Messages.CLIENT_CREDENTIALS_NOT_ALONE);
  }

  private static Case clientCredentialsWithStandardScope(RandomGenerator random) {
    Start start = start(random, Secret.PRESENT);
    List<String> scopes = new ArrayList<>();
    scopes.addAll(
        Generator.subsets(ValidRequests.customScopes(start.context()), 0, 10).next(random));
    scopes.addAll(Generator.subsets(Vocabulary.STANDARD_SCOPES, 1, 5).next(random));
    if (random.nextInt(4) == 0) {
      // Unknown scopes are OA-08's business, which comes later.
      scopes.add(unknownScope(random, start.context()));
    }
    ImmutableList<String> sent = withDuplicates(random, shuffled(random, scopes), 50);
    String first =
        sent.stream().filter(Vocabulary.STANDARD_SCOPES::contains).findFirst().orElseThrow();
    CreateUserPoolClientRequest request =
        start
            .edit()
            .allowedOAuthFlowsAsStrings(
                Generator.lists(
                        Generator.constant(OAuthFlowType.CLIENT_CREDENTIALS.toString()), 1, 3)
                    .next(random))
            .allowedOAuthScopes(sent)
            .allowedOAuthFlowsUserPoolClient(random.nextBoolean())
            .build();
    return rule(
        "OA-06", start.context(), request, Messages.scopeNotSupportedWithClientCredentials(first));
  }

  private static Case codeWithoutCallbacks(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest.Builder request =
        start
            .edit()
            .allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlowsAsStrings(codeOrImplicit(random))
            .allowedOAuthScopes(ValidRequests.scopes(random, knownScopes(start.context()), 1))
            .callbackURLs(absentOrEmpty(random));
    if (random.nextBoolean()) {
      request.defaultRedirectURI(Optional.empty());
    }
    return rule("OA-07", start.context(), request.build(), Messages.CALLBACK_URLS_REQUIRED);
  }

  private static final ImmutableList<String> UNKNOWN_SCOPES =
      ImmutableList.of(
          "Cognito",
          "Profile",
          "OPENID",
          "openid2",
          "aws.cognito.signin.user",
          "https://api.example.com/delete",
          "alpha/unknown",
          "*",
          "api/" + "s".repeat(252)); // 256 characters, the longest valid scope

  private static String unknownScope(RandomGenerator random, UserPoolContext context) {
    ImmutableList<String> custom = ValidRequests.customScopes(context);
    String candidate =
        !custom.isEmpty() && random.nextInt(3) == 0
            // A known server with an unknown scope name, or a known scope name in another case.
            ? random.nextBoolean()
                ? Generator.oneOf(context.resourceServers()).next(random).identifier() + "/nope"
                : Generator.oneOf(custom).next(random).toUpperCase(Locale.ROOT)
            : Generator.oneOf(UNKNOWN_SCOPES).next(random);
    return unknownVariant(
        candidate,
        scope -> Vocabulary.STANDARD_SCOPES.contains(scope) || context.hasCustomScope(scope),
        256);
  }

  private static Case unknownScope(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    UserPoolContext context = start.context();
    ImmutableList<String> scopes =
        insert(random, start.request().allowedOAuthScopes(), unknownScope(random, context), 50);
    String first =
        scopes.stream()
            .filter(s -> !Vocabulary.STANDARD_SCOPES.contains(s) && !context.hasCustomScope(s))
            .findFirst()
            .orElseThrow();
    return rule(
        "OA-08",
        context,
        start.edit().allowedOAuthScopes(scopes).build(),
        Messages.invalidScope(first));
  }

  private static final ImmutableList<String> UNKNOWN_PROVIDERS =
      ImmutableList.of(
          "Google",
          "Facebook",
          "LoginWithAmazon",
          "SignInWithApple",
          "Cognito",
          "cognito",
          "COGNITO ",
          " COGNITO",
          "Salesforce",
          "EntraID",
          "Unbekannter Anbieter – Ü",
          "Corporate SAML Provider 2026 abd");

  private static Case unknownProvider(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    UserPoolContext context = start.context();
    String candidate =
        !context.identityProviders().isEmpty() && random.nextInt(3) == 0
            ? flipCase(Generator.oneOf(context.identityProviders()).next(random))
            : Generator.frequency(
                    Generator.weighted(3, Generator.oneOf(UNKNOWN_PROVIDERS)),
                    Generator.weighted(1, UserPoolContexts.identityProviderNames()))
                .next(random);
    String unknown = unknownVariant(candidate, context::hasIdentityProvider, 32);
    ImmutableList<String> providers =
        insert(random, start.request().supportedIdentityProviders(), unknown, Integer.MAX_VALUE);
    String first =
        providers.stream().filter(p -> !context.hasIdentityProvider(p)).findFirst().orElseThrow();
    return rule(
        "OA-11",
        context,
        start.edit().supportedIdentityProviders(providers).build(),
        Messages.providerDoesNotExist(first, context.id()));
  }

  private static String flipCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Returns {@code candidate}, or a variant of it with other last characters, that {@code known}
   * rejects, at most {@code maxLength} characters long.
   */
  private static String unknownVariant(String candidate, Predicate<String> known, int maxLength) {
    String current = candidate;
    String suffixes = "xyzXYZ0123456789";
    for (int attempt = 0; known.test(current) && attempt < 64; attempt++) {
      String base = current.length() < maxLength ? current : current.substring(0, maxLength - 1);
      current = base + suffixes.charAt(attempt % suffixes.length());
    }
    if (known.test(current)) {
      throw new IllegalStateException("could not find a name unknown to the pool: " + candidate);
    }
    return current;
  }

  // ---- URLs ----

  private static final ImmutableList<String> HTTP_URLS =
      ImmutableList.of(
          "http://example.com/callback",
          "http://localhost.com/",
          "HTTP://example.com/cb",
          "http://192.168.0.1/cb",
          "http://localhost@evil.example/cb",
          "http://127.0.0.2/",
          "http://localhost.:3000/",
          "http://0.0.0.0:8080",
          "http://[::2]/cb",
          "Http://LOCALHOST.example/x",
          "http://xn--bcher-kva.example/",
          "http://example.com/コールバック",
          // 12.5: the URL-02 host is the raw authority, registry-based or not.
          "http://*.example.com/cb",
          "http://exa_mple.com/",
          "http://localhoſt:8080/cb");

  private static final ImmutableList<String> FRAGMENT_URLS =
      ImmutableList.of(
          "https://example.com/cb#section",
          "myapp://cb#x",
          "http://localhost:3000/#/home",
          "https://example.com/#",
          "http://example.com/#x",
          "HTTPS://EXAMPLE.COM/cb#Top");

  private static final ImmutableList<String> NOT_ABSOLUTE_URLS =
      ImmutableList.of(
          "callback",
          "/cb",
          "//example.com/cb",
          "https:/cb",
          "https:///cb",
          "http:cb",
          "HTTPS:/cb",
          "https:///callback",
          "https://[::1",
          "://example.com",
          "myapp:",
          "https://exa^mple.com",
          "https://example.com/a|b",
          "https://example.com/%zz",
          "relative/path#frag",
          "*");

  private static Case badUrl(RandomGenerator random, String ruleId) {
    Start start = start(random, Secret.ANY);
    ImmutableList<String> urls =
        switch (ruleId) {
          case "URL-02" -> HTTP_URLS;
          case "URL-04" -> FRAGMENT_URLS;
          default -> NOT_ABSOLUTE_URLS;
        };
    String bad = Generator.oneOf(urls).next(random);
    CreateUserPoolClientRequest.Builder request = start.edit();
    if (random.nextBoolean()) {
      request.callbackURLs(insert(random, start.request().callbackURLs(), bad, 100));
    } else {
      request.logoutURLs(insert(random, start.request().logoutURLs(), bad, 100));
    }
    String message =
        switch (ruleId) {
          case "URL-02" -> Messages.httpNotAllowed(bad);
          case "URL-04" -> Messages.fragmentNotAllowed(bad);
          default -> Messages.notAbsoluteUri(bad);
        };
    return rule(ruleId, start.context(), request.build(), message);
  }

  private static Case defaultRedirectNotInCallbacks(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    CreateUserPoolClientRequest base = start.request();
    CreateUserPoolClientRequest.Builder request = start.edit();
    ImmutableList<String> callbacks = base.callbackURLs().orElse(ImmutableList.of());
    boolean callbacksNeeded =
        base.allowedOAuthFlowsUserPoolClient().orElse(false)
            && base.allowedOAuthFlows().stream()
                .anyMatch(f -> f == OAuthFlowType.CODE || f == OAuthFlowType.IMPLICIT);
    if (!callbacksNeeded && random.nextInt(3) == 0) {
      callbacks = ImmutableList.of();
      request.callbackURLs(absentOrEmpty(random));
    }
    String candidate;
    if (!callbacks.isEmpty() && random.nextBoolean()) {
      String near = Generator.oneOf(callbacks).next(random);
      candidate =
          near.length() < 1024 && random.nextBoolean()
              ? near + "/"
              : flipCase(near).equals(near) ? near + "x" : flipCase(near);
    } else {
      candidate = ValidRequests.urls().next(random);
    }
    ImmutableList<String> listed = callbacks;
    String uri = unknownVariant(candidate, listed::contains, 1024);
    return rule(
        "URL-08",
        start.context(),
        request.defaultRedirectURI(uri).build(),
        Messages.defaultRedirectNotInCallbacks(uri));
  }

  // ---- attributes ----

  private static String unknownAttribute(
      RandomGenerator random, UserPoolContext context, boolean forWrite) {
    List<String> candidates =
        new ArrayList<>(
            List.of("shoe_size", "Email", "EMAIL", " email", "custom:missing", "custom:", "sub "));
    if (!forWrite) {
      candidates.add("dev:custom:missing");
    }
    for (SchemaAttribute attribute : context.schemaAttributes()) {
      String name = attribute.name();
      if (name.startsWith("custom:")) {
        // Without its prefix, or as a developer-only attribute it is not.
        candidates.add(name.substring("custom:".length()));
        if (!forWrite) {
          candidates.add(UserPoolContext.DEVELOPER_ONLY_PREFIX + name.substring(7));
        }
      } else if (attribute.developerOnly()) {
        candidates.add("custom:" + name.substring(UserPoolContext.DEVELOPER_ONLY_PREFIX.length()));
      }
    }
    String candidate =
        random.nextInt(8) == 0
            ? Generator.strings(Vocabulary.ALNUM, 2048, 2048).next(random)
            : Generator.oneOf(candidates).next(random);
    return unknownVariant(candidate, context::hasAttribute, 2048);
  }

  private static Case unknownAttribute(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    UserPoolContext context = start.context();
    CreateUserPoolClientRequest.Builder request = start.edit();
    if (random.nextBoolean()) {
      request.readAttributes(
          insert(
              random,
              start.request().readAttributes(),
              unknownAttribute(random, context, false),
              Integer.MAX_VALUE));
      return rule("ATTR-04", context, request.build(), Messages.INVALID_READ_ATTRIBUTES);
    }
    request.writeAttributes(
        insert(
            random,
            start.request().writeAttributes(),
            unknownAttribute(random, context, true),
            Integer.MAX_VALUE));
    return rule("ATTR-04", context, request.build(), Messages.INVALID_WRITE_ATTRIBUTES);
  }

  private static Case nonWritableAttribute(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    UserPoolContext context = start.context();
    ImmutableList<String> readOnly =
        concat(
            Vocabulary.NON_WRITABLE_STANDARD_ATTRIBUTES.asList(),
            UserPoolContexts.developerOnlyAttributes(context));
    ImmutableList<String> write =
        insert(
            random,
            start.request().writeAttributes(),
            Generator.oneOf(readOnly).next(random),
            Integer.MAX_VALUE);
    return rule(
        "ATTR-03",
        context,
        start.edit().writeAttributes(write).build(),
        Messages.INVALID_WRITE_ATTRIBUTES);
  }

  private static Case requiredAttributeNotWritten(RandomGenerator random) {
    UserPoolContext generated = UserPoolContexts.contexts().next(random);
    UserPoolContext context = generated;
    ImmutableList<String> writable = UserPoolContexts.writableAttributes(generated);
    if (generated.requiredAttributes().isEmpty()) {
      ImmutableList<String> candidates =
          writable.stream()
              .filter(name -> UserPoolContext.STANDARD_ATTRIBUTES.contains(name))
              .filter(name -> generated.schemaAttribute(name).isEmpty())
              .collect(ImmutableList.toImmutableList());
      context =
          UserPoolContext.builder()
              .from(generated)
              .addSchemaAttributes(
                  SchemaAttribute.builder()
                      .name(Generator.oneOf(candidates).next(random))
                      .required(true)
                      .build())
              .build();
    }
    Start start = start(random, context, Secret.ANY);
    ImmutableList<String> required = context.requiredAttributes();
    ImmutableList<String> missing = Generator.subsets(required, 1, required.size()).next(random);
    ImmutableList<String> kept =
        writable.stream()
            .filter(name -> !missing.contains(name))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<String> write =
        withDuplicates(random, Generator.subsets(kept, 1, 20).next(random), Integer.MAX_VALUE);
    return rule(
        "ATTR-02",
        context,
        start.edit().writeAttributes(write).build(),
        Messages.INVALID_WRITE_ATTRIBUTES);
  }

  // ---- analytics ----

  private static Case analyticsShape(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    // Members present: bit 0 ApplicationId, 1 ApplicationArn, 2 RoleArn, 3 ExternalId. Valid
    // shapes are {ApplicationArn} and {ApplicationId, RoleArn, ExternalId}; every other is not.
    ImmutableList<Integer> invalidShapes =
        IntStream.range(0, 16)
            .filter(shape -> shape != 0b0010 && shape != 0b1101)
            .boxed()
            .collect(ImmutableList.toImmutableList());
    int shape = Generator.oneOf(invalidShapes).next(random);
    AnalyticsConfiguration.Builder analytics = AnalyticsConfiguration.builder();
    if ((shape & 1) != 0) {
      analytics.applicationId(ValidRequests.applicationIds().next(random));
    }
    if ((shape & 2) != 0) {
      analytics.applicationArn(ValidRequests.arns("mobiletargeting", "apps/").next(random));
    }
    if ((shape & 4) != 0) {
      analytics.roleArn(ValidRequests.arns("iam", "role/").next(random));
    }
    if ((shape & 8) != 0) {
      analytics.externalId(ValidRequests.externalIds().next(random));
    }
    Generator.optional(Generator.booleans()).next(random).ifPresent(analytics::userDataShared);
    return rule(
        "AN-03",
        start.context(),
        start.edit().analyticsConfiguration(analytics.build()).build(),
        Messages.INVALID_ANALYTICS_CONFIGURATION);
  }

  // ---- tier ----

  private static Case userAuthOnLite(RandomGenerator random) {
    Start start =
        start(random, UserPoolContexts.contexts(UserPoolTierType.LITE).next(random), Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    ImmutableList<ExplicitAuthFlowsType> others =
        Generator.subsets(Vocabulary.PLAIN_ALLOW_FLOWS, 0, 4).next(random);
    if (random.nextBoolean()) {
      request.explicitAuthFlowsAsStrings(
          flows(
              random,
              concat(
                  ImmutableList.of(
                      ExplicitAuthFlowsType.ALLOW_USER_AUTH,
                      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH),
                  others)));
      request.refreshTokenRotation(
          random.nextBoolean()
              ? Optional.empty()
              : Optional.of(RefreshTokenRotation.builder().featureAsString("DISABLED").build()));
    } else {
      // Rotation lifts EAF-04; EAF-07 is checked before RTR-05.
      request.explicitAuthFlowsAsStrings(
          flows(random, concat(ImmutableList.of(ExplicitAuthFlowsType.ALLOW_USER_AUTH), others)));
      request.refreshTokenRotation(
          RefreshTokenRotation.builder().featureAsString("ENABLED").build());
    }
    return rule(
        "EAF-07",
        start.context(),
        request.build(),
        Messages.featureUnavailableInLite(Messages.FEATURE_CHOICE_BASED_SIGN_IN));
  }

  private static Case rotationOnLite(RandomGenerator random) {
    UserPoolContext context = UserPoolContexts.contexts(UserPoolTierType.LITE).next(random);
    Start start = start(random, context, Secret.ANY);
    CreateUserPoolClientRequest.Builder request = start.edit();
    boolean hasSecret =
        start.request().generateSecret().orElse(false)
            || start.request().clientSecret().isPresent();
    request.explicitAuthFlowsAsStrings(
        ValidRequests.authFlowsAndRotation(
            random, context, hasSecret, request, RotationChoice.ENABLED));
    return rule(
        "RTR-05",
        context,
        request.build(),
        Messages.featureUnavailableInLite(Messages.FEATURE_REFRESH_TOKEN_ROTATION));
  }

  // ---- limit ----

  private static Case limitReached(RandomGenerator random) {
    Start start = start(random, Secret.ANY);
    UserPoolContext valid = start.context();
    int over =
        Generator.frequency(
                Generator.weighted(3, Generator.constant(0)),
                Generator.weighted(1, Generator.integers(1, 1000)))
            .next(random);
    UserPoolContext full =
        UserPoolContext.builder().from(valid).clientCount(valid.clientLimit() + over).build();
    return rule(
        "LIM-01",
        full,
        start.request(),
        Messages.clientLimitReached(full.clientLimit(), full.id()));
  }

  // ---- list helpers ----

  /**
   * Returns {@code base} (or an empty list when absent) with {@code element} at a random position;
   * when the list already holds {@code max} elements, {@code element} replaces one of them.
   */
  private static ImmutableList<String> insert(
      RandomGenerator random, Optional<ImmutableList<String>> base, String element, int max) {
    List<String> out = new ArrayList<>(base.orElse(ImmutableList.of()));
    if (out.size() >= max) {
      out.set(random.nextInt(out.size()), element);
    } else {
      out.add(random.nextInt(out.size() + 1), element);
    }
    return ImmutableList.copyOf(out);
  }
}
