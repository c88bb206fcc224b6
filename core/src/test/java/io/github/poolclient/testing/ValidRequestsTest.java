package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.UserPoolContext;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ValidRequestsTest {

  private static final int SAMPLES = 800;

  // One instance for the class (PER_CLASS), dropped after it: the values do not stay on the heap.
  private final List<ValidRequests.Sample> sampled =
      LongStream.range(0, SAMPLES)
          .mapToObj(seed -> ValidRequests.samples().next(new SplittableRandom(seed)))
          .toList();

  private void assertSome(String what, Predicate<ValidRequests.Sample> property) {
    assertThat(sampled.stream().anyMatch(property)).as("some sample has %s", what).isTrue();
  }

  private static boolean flows(
      CreateUserPoolClientRequest r, Predicate<ImmutableSet<ExplicitAuthFlowsType>> p) {
    return r.explicitAuthFlowsAsStrings().isPresent()
        && !r.explicitAuthFlows().isEmpty()
        && p.test(ImmutableSet.copyOf(r.explicitAuthFlows()));
  }

  private static String unit(
      Optional<TokenValidityUnits> units,
      java.util.function.Function<TokenValidityUnits, Optional<String>> member,
      String fallback) {
    return units.flatMap(member).orElse(fallback);
  }

  @Test
  void sameSeedGivesEqualRequests() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(ValidRequests.samples().next(new SplittableRandom(seed)))
          .as("seed %s", seed)
          .isEqualTo(ValidRequests.samples().next(new SplittableRandom(seed)));
    }
  }

  @Test
  void forContextUsesTheContextsPoolId() {
    UserPoolContext context = UserPoolContext.builder().id("eu-west-1_AbCdEf123").build();
    for (long seed = 0; seed < 50; seed++) {
      assertThat(ValidRequests.forContext(context).next(new SplittableRandom(seed)).userPoolId())
          .hasValue("eu-west-1_AbCdEf123");
    }
  }

  @Test
  void forContextRefusesAFullPool() {
    UserPoolContext full =
        UserPoolContext.builder().id("eu-west-1_AbCdEf123").clientCount(5).clientLimit(5).build();
    assertThatThrownBy(() -> ValidRequests.forContext(full))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urlsAreAcceptedAsCallbackAndLogoutUrls() {
    UserPoolClientFactory factory = UserPoolClientFactory.builder().build();
    for (long seed = 0; seed < 1000; seed++) {
      String url = ValidRequests.urls().next(new SplittableRandom(seed));
      CreateUserPoolClientRequest request =
          Fixtures.request()
              .callbackURLs(ImmutableList.of(url))
              .logoutURLs(ImmutableList.of(url))
              .defaultRedirectURI(url)
              .build();
      assertThat(factory.validate(request, Fixtures.pool().build()))
          .as("seed %s: %s", seed, url)
          .isEmpty();
    }
  }

  @Test
  void tokenValiditiesReachTheirBoundaries() {
    assertSome(
        "access 300 seconds",
        s ->
            s.request().accessTokenValidity().equals(Optional.of(300))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::accessTokenAsString,
                        "")
                    .equals("seconds"));
    assertSome(
        "access 5 minutes",
        s ->
            s.request().accessTokenValidity().equals(Optional.of(5))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::accessTokenAsString,
                        "")
                    .equals("minutes"));
    assertSome(
        "access 1 day",
        s ->
            s.request().accessTokenValidity().equals(Optional.of(1))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::accessTokenAsString,
                        "")
                    .equals("days"));
    assertSome(
        "id 24 default hours",
        s ->
            s.request().idTokenValidity().equals(Optional.of(24))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::idTokenAsString,
                        "hours")
                    .equals("hours"));
    assertSome(
        "refresh 3600 seconds",
        s ->
            s.request().refreshTokenValidity().equals(Optional.of(3600))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::refreshTokenAsString,
                        "")
                    .equals("seconds"));
    assertSome(
        "refresh 60 minutes",
        s ->
            s.request().refreshTokenValidity().equals(Optional.of(60))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::refreshTokenAsString,
                        "")
                    .equals("minutes"));
    assertSome(
        "refresh 3650 days",
        s ->
            s.request().refreshTokenValidity().equals(Optional.of(3650))
                && unit(
                        s.request().tokenValidityUnits(),
                        TokenValidityUnits::refreshTokenAsString,
                        "days")
                    .equals("days"));
    assertSome("refresh 0", s -> s.request().refreshTokenValidity().equals(Optional.of(0)));
    assertSome(
        "units without values",
        s ->
            s.request().tokenValidityUnits().isPresent()
                && s.request().accessTokenValidity().isEmpty()
                && s.request().tokenValidityUnits().get().accessTokenAsString().isPresent());
  }

  @Test
  void authFlowsComeInEveryValidKind() {
    assertSome(
        "legacy-only flows", s -> flows(s.request(), f -> Vocabulary.LEGACY_FLOWS.containsAll(f)));
    assertSome(
        "ALLOW_ flows with refresh",
        s ->
            flows(
                s.request(),
                f -> f.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH) && f.size() > 1));
    assertSome(
        "rotation enabled without refresh",
        s ->
            flows(
                    s.request(),
                    f ->
                        f.contains(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)
                            && !f.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                && s.request()
                    .refreshTokenRotation()
                    .flatMap(r -> r.featureAsString())
                    .equals(Optional.of("ENABLED")));
    assertSome(
        "client token auth alone",
        s ->
            flows(
                s.request(),
                f -> f.equals(ImmutableSet.of(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH))));
    assertSome(
        "ALLOW_USER_AUTH",
        s -> flows(s.request(), f -> f.contains(ExplicitAuthFlowsType.ALLOW_USER_AUTH)));
    assertSome(
        "duplicate flows",
        s ->
            s.request()
                .explicitAuthFlowsAsStrings()
                .map(l -> ImmutableSet.copyOf(l).size() < l.size())
                .orElse(false));
    assertThat(sampled)
        .filteredOn(s -> s.context().userPoolTier() == UserPoolTierType.LITE)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.request().explicitAuthFlows())
                    .doesNotContain(ExplicitAuthFlowsType.ALLOW_USER_AUTH));
  }

  @Test
  void oauthComesInEveryValidKind() {
    assertSome(
        "code flow with the flag",
        s ->
            s.request().allowedOAuthFlowsUserPoolClient().orElse(false)
                && s.request()
                    .allowedOAuthFlowsAsStrings()
                    .orElse(ImmutableList.of())
                    .contains("code"));
    assertSome(
        "client_credentials with custom scopes and the flag",
        s ->
            s.request().allowedOAuthFlowsUserPoolClient().orElse(false)
                && s.request()
                    .allowedOAuthFlowsAsStrings()
                    .orElse(ImmutableList.of())
                    .contains("client_credentials"));
    assertSome(
        "standard scopes",
        s -> s.request().allowedOAuthScopes().orElse(ImmutableList.of()).contains("openid"));
    assertSome(
        "50 scopes", s -> s.request().allowedOAuthScopes().orElse(ImmutableList.of()).size() == 50);
    assertSome(
        "a pool identity provider",
        s ->
            s.request().supportedIdentityProviders().orElse(ImmutableList.of()).stream()
                .anyMatch(p -> !p.equals("COGNITO")));
    assertSome("a default redirect URI", s -> s.request().defaultRedirectURI().isPresent());
    assertSome(
        "100 callback URLs",
        s -> s.request().callbackURLs().orElse(ImmutableList.of()).size() == 100);
    assertSome(
        "a loopback http callback",
        s ->
            s.request().callbackURLs().orElse(ImmutableList.of()).stream()
                .anyMatch(u -> u.toLowerCase(java.util.Locale.ROOT).startsWith("http://")));
    assertSome(
        "a custom scheme logout URL",
        s ->
            s.request().logoutURLs().orElse(ImmutableList.of()).stream()
                .anyMatch(u -> u.startsWith("myapp")));
  }

  @Test
  void otherMembersReachTheirBoundaries() {
    assertSome(
        "a 128-character client name", s -> s.request().clientName().orElseThrow().length() == 128);
    assertSome(
        "a 24-character secret",
        s -> s.request().clientSecret().map(String::length).equals(Optional.of(24)));
    assertSome(
        "a 64-character secret",
        s -> s.request().clientSecret().map(String::length).equals(Optional.of(64)));
    assertSome("GenerateSecret", s -> s.request().generateSecret().orElse(false));
    assertSome(
        "AuthSessionValidity 3", s -> s.request().authSessionValidity().equals(Optional.of(3)));
    assertSome(
        "AuthSessionValidity 15", s -> s.request().authSessionValidity().equals(Optional.of(15)));
    assertSome(
        "ENABLED PreventUserExistenceErrors",
        s -> s.request().preventUserExistenceErrorsAsString().equals(Optional.of("ENABLED")));
    assertSome(
        "propagated context data",
        s -> s.request().enablePropagateAdditionalUserContextData().orElse(false));
    assertSome(
        "analytics by ARN",
        s -> s.request().analyticsConfiguration().flatMap(a -> a.applicationArn()).isPresent());
    assertSome(
        "analytics by id",
        s -> s.request().analyticsConfiguration().flatMap(a -> a.applicationId()).isPresent());
    assertSome(
        "a 131072-character external id",
        s ->
            s.request()
                .analyticsConfiguration()
                .flatMap(a -> a.externalId())
                .map(String::length)
                .equals(Optional.of(131_072)));
    assertSome(
        "a 2048-character ARN",
        s ->
            s.request()
                .analyticsConfiguration()
                .flatMap(a -> a.applicationArn().or(a::roleArn))
                .map(String::length)
                .equals(Optional.of(2048)));
    assertSome(
        "write attributes with a required one",
        s ->
            !s.context().requiredAttributes().isEmpty()
                && !s.request().writeAttributes().orElse(ImmutableList.of()).isEmpty());
    assertSome(
        "an immutable custom attribute written",
        s ->
            s.request().writeAttributes().orElse(ImmutableList.of()).stream()
                .anyMatch(
                    a -> s.context().schemaAttribute(a).map(x -> !x.mutable()).orElse(false)));
    assertSome(
        "a developer-only attribute read",
        s ->
            s.request().readAttributes().orElse(ImmutableList.of()).stream()
                .anyMatch(a -> a.startsWith("dev:custom:")));
  }
}
