package io.github.poolclient.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates requests that Cognito accepts but that trigger one given advisory (catalogue
 * advisories, ADV-01..ADV-11), for property tests of the advisories.
 *
 * <p>Every request passes {@code UserPoolClientFactory.validate} for its context with no violation:
 * a request can be valid and still advised against. The case's {@link Case#policy()} is the policy
 * under which the advisory fires (the defaults, or the defaults with the opt-in ADV-06 enabled).
 * Other advisories may fire too. ADV-12 (an Update) and ADV-13/ADV-14 (deploy order) have no Create
 * request that triggers them.
 */
public final class AdvisedRequests {
  private AdvisedRequests() {}

  /**
   * Holds one advised request: the context, the request, the advisory it triggers and the policy
   * under which it fires.
   *
   * @param advisoryId the catalogue id of the advisory, e.g. {@code ADV-03}
   * @param context the user pool
   * @param request a request valid for {@code context}
   * @param policy the policy under which the advisory fires
   */
  public record Case(
      String advisoryId,
      UserPoolContext context,
      CreateUserPoolClientRequest request,
      AdvicePolicy policy) {
    /** Checks that every part is present. */
    public Case {
      checkNotNull(advisoryId, "advisoryId");
      checkNotNull(context, "context");
      checkNotNull(request, "request");
      checkNotNull(policy, "policy");
    }
  }

  /**
   * Holds one advised Update (ADV-12): the context, the stored client, an Update request valid for
   * it that omits members the stored client has set, and the fields ADV-12 names.
   *
   * @param context the user pool
   * @param stored the client as stored (created in {@code context})
   * @param request an Update request of {@code stored}, valid for {@code context}
   * @param fields the fields ADV-12 fires at, at least {@code preventUserExistenceErrors}
   */
  public record UpdateCase(
      UserPoolContext context,
      UserPoolClient stored,
      UpdateUserPoolClientRequest request,
      ImmutableSet<String> fields) {
    /** Checks that every part is present. */
    public UpdateCase {
      checkNotNull(context, "context");
      checkNotNull(stored, "stored");
      checkNotNull(request, "request");
      checkNotNull(fields, "fields");
    }
  }

  @FunctionalInterface
  private interface Maker {
    Case make(RandomGenerator random);
  }

  private static final ImmutableList<String> LOOPBACK_URLS =
      ImmutableList.of(
          "http://localhost",
          "http://localhost:3000/callback",
          "http://LocalHost:8080/cb",
          "http://127.0.0.1:8080/cb",
          "http://[::1]:3000/cb");

  private static final ImmutableMap<String, Maker> MAKERS =
      ImmutableMap.<String, Maker>builder()
          .put("ADV-01", AdvisedRequests::userExistenceErrors)
          .put("ADV-02", AdvisedRequests::tokenRevocationOff)
          .put("ADV-03", AdvisedRequests::implicitGrant)
          .put("ADV-04", AdvisedRequests::loopbackRedirect)
          .put("ADV-05", AdvisedRequests::passwordAuth)
          .put("ADV-06", AdvisedRequests::publicCodeClient)
          .put("ADV-07", AdvisedRequests::noRotation)
          .put("ADV-08", AdvisedRequests::longLifetime)
          .put("ADV-09", AdvisedRequests::selfWritable)
          .put("ADV-10", AdvisedRequests::federatedOnly)
          .put("ADV-11", AdvisedRequests::noContextData)
          .buildOrThrow();

  /** Returns the ids of every advisory that has a generator, in catalogue order. */
  public static ImmutableSet<String> advisoryIds() {
    return MAKERS.keySet();
  }

  /**
   * Returns a generator of valid requests that trigger the advisory {@code advisoryId}.
   *
   * @throws IllegalArgumentException if {@code advisoryId} is not one of {@link #advisoryIds()}
   */
  public static Generator<Case> forAdvisory(String advisoryId) {
    checkNotNull(advisoryId, "advisoryId");
    Maker maker = MAKERS.get(advisoryId);
    checkArgument(
        maker != null, "no generator for advisory %s; known: %s", advisoryId, advisoryIds());
    return maker::make;
  }

  /** Returns a generator of cases for any advisory of {@link #advisoryIds()}, equally likely. */
  public static Generator<Case> cases() {
    return Generator.oneOf(advisoryIds()).flatMap(AdvisedRequests::forAdvisory);
  }

  /**
   * Returns a generator of valid Updates that reset members of the stored client (ADV-12): the
   * stored client is created from a valid request with {@code PreventUserExistenceErrors: ENABLED};
   * the Update sends the same settings but omits that member, sometimes omits further set members,
   * and sometimes sends an access token validity without the minutes the stored client used
   * (UPD-05).
   */
  public static Generator<UpdateCase> resets() {
    return AdvisedRequests::reset;
  }

  private static UpdateCase reset(RandomGenerator random) {
    ValidRequests.Sample sample = ValidRequests.samples().next(random);
    UserPoolContext context = sample.context();
    boolean pitfall = random.nextInt(3) == 0;
    CreateUserPoolClientRequest.Builder create =
        sample.request().toBuilder().preventUserExistenceErrorsAsString("ENABLED");
    if (pitfall) {
      create
          .refreshTokenValidity(Optional.empty())
          .idTokenValidity(Optional.empty())
          .accessTokenValidity(10)
          .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build());
    }
    CreateUserPoolClientRequest created = create.build();
    UserPoolClient stored =
        UserPoolClientFactory.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .random(new SplittableRandom(random.nextLong()))
            .build()
            .create(created, context)
            .userPoolClient();
    UpdateUserPoolClientRequest.Builder update =
        UpdateUserPoolClientRequest.builder()
            .from(created)
            .clientId(stored.clientId())
            .preventUserExistenceErrorsAsString(Optional.empty());
    ImmutableSet.Builder<String> fields = ImmutableSet.builder();
    fields.add("preventUserExistenceErrors");
    if (pitfall) {
      update.tokenValidityUnits(Optional.empty());
      fields.add("tokenValidityUnits", "accessTokenValidity");
    }
    if (stored.authSessionValidity() != 3 && random.nextBoolean()) {
      update.authSessionValidity(Optional.empty());
      fields.add("authSessionValidity");
    }
    if (!stored.enableTokenRevocation() && random.nextBoolean()) {
      update.enableTokenRevocation(Optional.empty());
      fields.add("enableTokenRevocation");
    }
    return new UpdateCase(context, stored, update.build(), fields.build());
  }

  // ---- building blocks ----

  private static UserPoolContext context(RandomGenerator random) {
    return UserPoolContexts.contexts().next(random);
  }

  private static CreateUserPoolClientRequest.Builder base(
      RandomGenerator random, UserPoolContext context) {
    return CreateUserPoolClientRequest.builder()
        .userPoolId(context.id())
        .clientName(ValidRequests.clientNames().next(random));
  }

  private static Case defaults(
      String id, UserPoolContext context, CreateUserPoolClientRequest.Builder request) {
    return new Case(id, context, request.build(), AdvicePolicy.defaults());
  }

  /** Sets auth flows that sign users in: omitted, an ALLOW_ list with refresh, or a legacy list. */
  private static void userFlows(RandomGenerator random, CreateUserPoolClientRequest.Builder out) {
    switch (random.nextInt(4)) {
      case 0 -> {
        // ExplicitAuthFlows omitted: SRP, custom and refresh by default (EAF-01).
      }
      case 1 -> out.explicitAuthFlowsAsStrings(ImmutableList.of());
      case 2 ->
          out.explicitAuthFlowsAsStrings(
              ValidRequests.shuffled(
                  random,
                  ImmutableList.of(
                      "ALLOW_USER_SRP_AUTH",
                      "ALLOW_REFRESH_TOKEN_AUTH",
                      random.nextBoolean() ? "ALLOW_CUSTOM_AUTH" : "ALLOW_USER_SRP_AUTH")));
      default -> out.explicitAuthFlowsAsStrings(ImmutableList.of("CUSTOM_AUTH_FLOW_ONLY"));
    }
  }

  /** Makes the request an OAuth client with {@code flows}, standard scopes and callback URLs. */
  private static void oauth(
      RandomGenerator random,
      CreateUserPoolClientRequest.Builder out,
      List<String> flows,
      List<String> extraCallbacks) {
    List<String> callbacks = new ArrayList<>(ValidRequests.urlList(random, 1));
    for (String url : extraCallbacks) {
      callbacks.add(random.nextInt(callbacks.size() + 1), url);
    }
    out.allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ValidRequests.shuffled(random, flows))
        .allowedOAuthScopes(
            Generator.subsets(ImmutableList.of("openid", "email", "phone", "profile"), 1, 4)
                .next(random))
        .callbackURLs(ImmutableList.copyOf(callbacks.subList(0, Math.min(100, callbacks.size()))));
  }

  // ---- one maker per advisory ----

  private static Case userExistenceErrors(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    userFlows(random, out);
    if (random.nextBoolean()) {
      out.preventUserExistenceErrorsAsString("LEGACY");
    }
    if (random.nextBoolean()) {
      out.generateSecret(true);
    }
    return defaults("ADV-01", context, out);
  }

  private static Case tokenRevocationOff(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context).enableTokenRevocation(false);
    if (random.nextBoolean()) {
      userFlows(random, out);
    }
    return defaults("ADV-02", context, out);
  }

  private static Case implicitGrant(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    oauth(
        random,
        out,
        random.nextBoolean() ? ImmutableList.of("implicit") : ImmutableList.of("code", "implicit"),
        random.nextBoolean() ? ImmutableList.of() : ImmutableList.of(LOOPBACK_URLS.get(1)));
    return defaults("ADV-03", context, out);
  }

  private static Case loopbackRedirect(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    String loopback = Generator.oneOf(LOOPBACK_URLS).next(random);
    if (random.nextInt(3) == 0) {
      out.logoutURLs(ImmutableList.of(loopback));
    } else {
      oauth(random, out, ImmutableList.of("code"), ImmutableList.of(loopback));
      if (random.nextBoolean()) {
        out.defaultRedirectURI(loopback);
      }
    }
    return defaults("ADV-04", context, out);
  }

  private static Case passwordAuth(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    if (random.nextInt(3) == 0) {
      out.explicitAuthFlowsAsStrings(
          ValidRequests.shuffled(
              random, ImmutableList.of("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH")));
    } else {
      out.explicitAuthFlowsAsStrings(
          ValidRequests.shuffled(
              random,
              ImmutableList.of(
                  "ALLOW_USER_PASSWORD_AUTH",
                  "ALLOW_REFRESH_TOKEN_AUTH",
                  random.nextBoolean() ? "ALLOW_USER_SRP_AUTH" : "ALLOW_USER_PASSWORD_AUTH")));
    }
    if (random.nextBoolean()) {
      out.generateSecret(true);
    }
    return defaults("ADV-05", context, out);
  }

  private static Case publicCodeClient(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    oauth(
        random,
        out,
        random.nextBoolean() ? ImmutableList.of("code") : ImmutableList.of("code", "implicit"),
        ImmutableList.of());
    return new Case(
        "ADV-06", context, out.build(), AdvicePolicy.builder().addEnabled("ADV-06").build());
  }

  private static Case noRotation(RandomGenerator random) {
    UserPoolTierType tier =
        random.nextBoolean() ? UserPoolTierType.ESSENTIALS : UserPoolTierType.PLUS;
    UserPoolContext context = UserPoolContexts.contexts(tier).next(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    if (random.nextBoolean()) {
      userFlows(random, out);
    } else {
      oauth(random, out, ImmutableList.of("code"), ImmutableList.of());
      out.explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH"));
    }
    if (random.nextBoolean()) {
      out.refreshTokenRotation(RefreshTokenRotation.builder().featureAsString("DISABLED").build());
    }
    return defaults("ADV-07", context, out);
  }

  private static Case longLifetime(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    TokenValidityUnits.Builder units = TokenValidityUnits.builder();
    boolean sendUnits = random.nextBoolean();
    switch (random.nextInt(3)) {
      case 0 -> {
        if (sendUnits) {
          out.accessTokenValidity(Generator.integers(61, 1440).next(random));
          units.accessTokenAsString("minutes");
        } else {
          out.accessTokenValidity(Generator.integers(2, 24).next(random));
        }
      }
      case 1 -> {
        if (sendUnits) {
          out.idTokenValidity(Generator.integers(3601, 86_400).next(random));
          units.idTokenAsString("seconds");
        } else {
          out.idTokenValidity(Generator.integers(2, 24).next(random));
        }
      }
      default -> {
        if (sendUnits) {
          out.refreshTokenValidity(Generator.integers(721, 87_600).next(random));
          units.refreshTokenAsString("hours");
        } else {
          out.refreshTokenValidity(Generator.integers(31, 3650).next(random));
        }
      }
    }
    if (sendUnits) {
      out.tokenValidityUnits(units.build());
    }
    return defaults("ADV-08", context, out);
  }

  private static Case selfWritable(RandomGenerator random) {
    UserPoolContext context = context(random);
    CreateUserPoolClientRequest.Builder out = base(random, context);
    switch (random.nextInt(3)) {
      case 0 -> {
        userFlows(random, out);
        if (random.nextBoolean()) {
          out.writeAttributes(ImmutableList.of());
        }
      }
      case 1 -> {
        String custom = "custom:advised_plan";
        context =
            context.withSchemaAttributes(
                ImmutableList.<SchemaAttribute>builder()
                    .addAll(context.schemaAttributes())
                    .add(SchemaAttribute.builder().name(custom).attributeDataType("String").build())
                    .build());
        List<String> writable = new ArrayList<>(ValidRequests.writeAttributes(random, context));
        writable.add(random.nextInt(writable.size() + 1), custom);
        out.userPoolId(context.id()).writeAttributes(ImmutableList.copyOf(writable));
      }
      default -> {
        oauth(random, out, ImmutableList.of("code"), ImmutableList.of());
        out.allowedOAuthScopes(
            ValidRequests.shuffled(
                random, ImmutableList.of("openid", "aws.cognito.signin.user.admin")));
      }
    }
    return defaults("ADV-09", context, out);
  }

  private static Case federatedOnly(RandomGenerator random) {
    UserPoolContext context = context(random);
    ImmutableList<String> providers =
        context.identityProviders().stream()
            .filter(
                name ->
                    name.length() <= 32 && ValidRequests.PROVIDER_PATTERN.matcher(name).matches())
            .collect(ImmutableList.toImmutableList());
    if (providers.isEmpty()) {
      context = context.withIdentityProviders("Google");
      providers = ImmutableList.of("Google");
    }
    CreateUserPoolClientRequest.Builder out =
        base(random, context)
            .supportedIdentityProviders(Generator.subsets(providers, 1, 6).next(random));
    userFlows(random, out);
    return defaults("ADV-10", context, out);
  }

  private static Case noContextData(RandomGenerator random) {
    UserPoolContext context =
        UserPoolContexts.contexts(UserPoolTierType.PLUS)
            .next(random)
            .withAdvancedSecurityMode(random.nextBoolean() ? "AUDIT" : "ENFORCED");
    CreateUserPoolClientRequest.Builder out = base(random, context).generateSecret(true);
    userFlows(random, out);
    if (random.nextBoolean()) {
      out.enablePropagateAdditionalUserContextData(false);
    }
    return defaults("ADV-11", context, out);
  }
}
