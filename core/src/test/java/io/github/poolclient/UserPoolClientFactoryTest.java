package io.github.poolclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.generation.IdGenerator;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class UserPoolClientFactoryTest {

  private static final long SEED = 20260101L;
  private static final String CUSTOM_SECRET = "abcdefghijklmnopqrstuvwx";

  private static UserPoolClientFactory factory(long seed) {
    return UserPoolClientFactory.builder()
        .clock(Fixtures.clock())
        .random(new SplittableRandom(seed))
        .build();
  }

  private static UserPoolClientFactory factory() {
    return factory(SEED);
  }

  private static UserPoolLookup defaultPool() {
    return UserPoolLookup.of(Fixtures.pool().build());
  }

  @Test
  void createsTheMinimalClientRecordWithTheInjectedClockAndRandom() {
    UserPoolClient client =
        factory().create(Fixtures.request().build(), Fixtures.pool().build()).userPoolClient();

    UserPoolClient expected =
        UserPoolClient.builder()
            .userPoolId(Fixtures.POOL_ID)
            .clientName("web")
            .clientId(IdGenerator.clientId(new SplittableRandom(SEED)))
            .creationDate(Fixtures.NOW)
            .lastModifiedDate(Fixtures.NOW)
            .refreshTokenValidity(30)
            .tokenValidityUnits(TokenValidityUnits.builder().build())
            .allowedOAuthFlowsUserPoolClient(false)
            .enableTokenRevocation(true)
            .enablePropagateAdditionalUserContextData(false)
            .authSessionValidity(3)
            .refreshTokenRotation(
                RefreshTokenRotation.builder()
                    .featureAsString("DISABLED")
                    .retryGracePeriodSeconds(0)
                    .build())
            .build();
    assertThat(client).isEqualTo(expected);
  }

  @Test
  void generatesTheSecretFromTheSameRandomSourceAfterTheClientId() {
    UserPoolClient client =
        factory()
            .create(Fixtures.request().generateSecret(true).build(), defaultPool())
            .userPoolClient();

    SplittableRandom replay = new SplittableRandom(SEED);
    assertThat(client.clientId()).isEqualTo(IdGenerator.clientId(replay));
    assertThat(client.clientSecret()).contains(IdGenerator.clientSecret(replay));
    assertThat(client.clientSecret().orElseThrow()).matches("[0-9a-v]{52}");
  }

  @Test
  void stampsBothDatesWithTheClockTruncatedToMilliseconds() {
    Instant instant = Instant.parse("2026-01-01T00:00:00.123456789Z");
    UserPoolClientFactory factory =
        UserPoolClientFactory.builder()
            .clock(Clock.fixed(instant, ZoneOffset.UTC))
            .random(new SplittableRandom(SEED))
            .build();

    UserPoolClient client =
        factory.create(Fixtures.request().build(), defaultPool()).userPoolClient();

    assertThat(client.creationDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
    assertThat(client.lastModifiedDate()).isEqualTo(client.creationDate());
  }

  @Test
  void sameSeedAndClockGiveEqualResponses() {
    CreateUserPoolClientRequest request = Fixtures.request().generateSecret(true).build();

    CreateUserPoolClientResponse first = factory(SEED).create(request, defaultPool());
    CreateUserPoolClientResponse second = factory(SEED).create(request, defaultPool());

    assertThat(first).isEqualTo(second);
    assertThat(first.userPoolClient().clientSecret()).isPresent();
  }

  @Test
  void anotherSeedGivesAnotherIdAndSecret() {
    CreateUserPoolClientRequest request = Fixtures.request().generateSecret(true).build();

    UserPoolClient first = factory(SEED).create(request, defaultPool()).userPoolClient();
    UserPoolClient second = factory(SEED + 1).create(request, defaultPool()).userPoolClient();

    assertThat(first.clientId()).isNotEqualTo(second.clientId());
    assertThat(first.clientSecret()).isNotEqualTo(second.clientSecret());
  }

  @Test
  void successiveCreatesGiveNewIds() {
    UserPoolClientFactory factory = factory();

    String first =
        factory.create(Fixtures.request().build(), defaultPool()).userPoolClient().clientId();
    String second =
        factory.create(Fixtures.request().build(), defaultPool()).userPoolClient().clientId();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void defaultFactoryUsesASecureRandomAndTheSystemClock() {
    UserPoolClient client =
        UserPoolClientFactory.builder()
            .build()
            .create(Fixtures.request().build(), defaultPool())
            .userPoolClient();

    assertThat(client.clientId()).matches("[0-9a-v]{26}");
    assertThat(client.creationDate()).isAfter(Fixtures.NOW.minusSeconds(365L * 24 * 3600 * 10));
  }

  @Test
  void aggregatesModelViolationsIntoOneInvalidParameterExceptionInCatalogueOrder() {
    // Members set out of catalogue order; CS-02 (a business rule) is broken too but not reported.
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .authSessionValidity(2)
            .accessTokenValidity(0)
            .clientName("")
            .generateSecret(true)
            .clientSecret(CUSTOM_SECRET)
            .build();

    CognitoException error =
        catchThrowableOfType(
            CognitoException.class, () -> factory().create(request, defaultPool()));

    assertThat(error.errorType()).isEqualTo(ErrorType.INVALID_PARAMETER);
    assertThat(error.getMessage())
        .isEqualTo(
            "4 validation errors detected: "
                + "Value '' at 'clientName' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1; "
                + "Value '' at 'clientName' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: [\\w\\s+=,.@-]+; "
                + "Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must"
                + " have value greater than or equal to 1; "
                + "Value '2' at 'authSessionValidity' failed to satisfy constraint: Member must"
                + " have value greater than or equal to 3");
  }

  @Test
  void usesTheSingularPrefixForOneModelViolationAndRedactsTheSecret() {
    String shortSecret = "abcdefghijklmnopqrstuvw";
    CreateUserPoolClientRequest request = Fixtures.request().clientSecret(shortSecret).build();

    assertThatThrownBy(() -> factory().create(request, defaultPool()))
        .isInstanceOf(CognitoException.class)
        .hasMessage(
            "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 24")
        .hasMessageNotContaining(shortSecret);
  }

  @Test
  void validateReportsModelViolationsFirstThenBusinessRules() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .authSessionValidity(2)
            .clientName("")
            .generateSecret(true)
            .clientSecret(CUSTOM_SECRET)
            .build();

    ImmutableList<Violation> violations = factory().validate(request, defaultPool());

    assertThat(violations)
        .extracting(Violation::ruleId, Violation::stage, Violation::field)
        .startsWith(
            tuple("M-02", Stage.MODEL, "clientName"),
            tuple("M-02", Stage.MODEL, "clientName"),
            tuple("M-22", Stage.MODEL, "authSessionValidity"));
    assertThat(violations).extracting(Violation::ruleId).contains("CS-02");
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain(CUSTOM_SECRET));
  }

  @Test
  void modelViolationsWinOverAMissingPool() {
    CreateUserPoolClientRequest request = Fixtures.request().clientName("").build();

    CognitoException error =
        catchThrowableOfType(
            CognitoException.class, () -> factory().create(request, UserPoolLookup.none()));

    assertThat(error.errorType()).isEqualTo(ErrorType.INVALID_PARAMETER);
    assertThat(error.getMessage()).startsWith("2 validation errors detected: ");
  }

  @Test
  void rejectsAMissingPoolWithResourceNotFound() {
    CognitoException error =
        catchThrowableOfType(
            CognitoException.class,
            () -> factory().create(Fixtures.request().build(), UserPoolLookup.none()));

    assertThat(error.errorType()).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    assertThat(error.getMessage()).isEqualTo("User pool us-east-1_Example01 does not exist.");
    assertThat(factory().validate(Fixtures.request().build(), UserPoolLookup.none()))
        .containsExactly(
            Violation.of(
                    "RNF-01",
                    Stage.POOL,
                    "userPoolId",
                    ErrorType.RESOURCE_NOT_FOUND,
                    "User pool us-east-1_Example01 does not exist.")
                .withValue("us-east-1_Example01"));
  }

  @Test
  void rejectsAPoolWhoseIdDiffersFromTheRequest() {
    UserPoolContext other = UserPoolContext.builder().id("eu-west-1_AbCdEf123").build();
    // A lookup that answers every id with the same pool: the id must still match.
    UserPoolLookup sloppy = id -> Optional.of(other);

    assertThatThrownBy(() -> factory().create(Fixtures.request().build(), sloppy))
        .isInstanceOfSatisfying(
            CognitoException.class,
            e -> assertThat(e.errorType()).isEqualTo(ErrorType.RESOURCE_NOT_FOUND))
        .hasMessage("User pool us-east-1_Example01 does not exist.");
    assertThatThrownBy(() -> factory().create(Fixtures.request().build(), other))
        .isInstanceOf(CognitoException.class)
        .hasMessage("User pool us-east-1_Example01 does not exist.");
  }

  @Test
  void createsInTheNamedPoolAmongSeveral() {
    UserPoolContext other = UserPoolContext.builder().id("eu-west-1_AbCdEf123").build();
    UserPoolLookup pools = UserPoolLookup.of(Fixtures.pool().build(), other);

    UserPoolClient client =
        factory()
            .create(Fixtures.request().userPoolId("eu-west-1_AbCdEf123").build(), pools)
            .userPoolClient();

    assertThat(client.userPoolId()).isEqualTo("eu-west-1_AbCdEf123");
  }

  @Test
  void raisesTheFirstBusinessRuleViolationOnly() {
    // TV-03 comes before OA-05 in catalogue 12.1.
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .accessTokenValidity(4)
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
            .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"))
            .build();
    UserPoolLookup pools = UserPoolLookup.of(poolWithResourceServer());

    assertThatThrownBy(() -> factory().create(request, pools))
        .isInstanceOfSatisfying(
            CognitoException.class,
            e -> assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_PARAMETER))
        .hasMessage("Invalid range for token validity.");
    assertThat(factory().validate(request, pools))
        .extracting(Violation::ruleId)
        .containsExactly("TV-03", "OA-05");
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("minimal", Fixtures.request().build(), defaultPool()),
        Arguments.of(
            "code flow web client",
            Fixtures.request()
                .allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
                .allowedOAuthScopes(ImmutableList.of("openid", "email"))
                .callbackURLs(ImmutableList.of("https://example.com/callback"))
                .supportedIdentityProviders(ImmutableList.of("COGNITO"))
                .build(),
            defaultPool()),
        Arguments.of(
            "machine to machine",
            Fixtures.request()
                .generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
                .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"))
                .build(),
            UserPoolLookup.of(poolWithResourceServer())),
        Arguments.of("model error", Fixtures.request().clientName("").build(), defaultPool()),
        Arguments.of(
            "business rule error",
            Fixtures.request().accessTokenValidity(25).build(),
            defaultPool()),
        Arguments.of(
            "scope error",
            Fixtures.request().allowedOAuthScopes(ImmutableList.of("unknown")).build(),
            defaultPool()),
        Arguments.of("missing pool", Fixtures.request().build(), UserPoolLookup.none()),
        Arguments.of(
            "no pool id",
            CreateUserPoolClientRequest.builder().clientName("web").build(),
            defaultPool()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void validateIsEmptyExactlyWhenCreateSucceeds(
      String name, CreateUserPoolClientRequest request, UserPoolLookup pools) {
    ImmutableList<Violation> violations = factory().validate(request, pools);
    CognitoException error = null;
    try {
      factory().create(request, pools);
    } catch (CognitoException e) {
      error = e;
    }

    if (error == null) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).isNotEmpty();
      assertThat(violations.get(0).errorType()).isEqualTo(error.errorType());
    }
  }

  @Test
  void requestsThatMustSucceedAndFailDoSo() {
    // Guards the parameterized test above against a chain that accepts or rejects everything.
    assertThat(factory().validate(Fixtures.request().build(), defaultPool())).isEmpty();
    assertThat(
            factory().validate(Fixtures.request().accessTokenValidity(25).build(), defaultPool()))
        .isNotEmpty();
  }

  @Test
  void rulesListsThePoolLookupAmongTheDescriptors() {
    assertThat(factory().rules()).contains(RuleChain.POOL_EXISTS);
  }

  @Test
  @SuppressWarnings("NullAway")
  void builderAndMethodsRejectNulls() {
    UserPoolClientFactory.Builder builder = UserPoolClientFactory.builder();
    CreateUserPoolClientRequest request = Fixtures.request().build();

    assertThatNullPointerException().isThrownBy(() -> builder.clock(null)).withMessage("clock");
    assertThatNullPointerException().isThrownBy(() -> builder.random(null)).withMessage("random");
    assertThatNullPointerException()
        .isThrownBy(() -> factory().create(request, (UserPoolContext) null))
        .withMessage("pool");
    assertThatNullPointerException()
        .isThrownBy(() -> factory().validate(request, (UserPoolContext) null))
        .withMessage("pool");
    assertThatNullPointerException()
        .isThrownBy(() -> factory().create(request, (UserPoolLookup) null))
        .withMessage("pools");
    assertThatNullPointerException()
        .isThrownBy(() -> factory().create(null, defaultPool()))
        .withMessage("request");
  }

  @Test
  void neverPrintsAGeneratedSecret() {
    CreateUserPoolClientResponse response =
        factory().create(Fixtures.request().generateSecret(true).build(), defaultPool());
    String secret = response.userPoolClient().clientSecret().orElseThrow();

    assertThat(response.toString()).doesNotContain(secret).contains("clientSecret=****");
    assertThat(response.userPoolClient().toString())
        .doesNotContain(secret)
        .contains("clientSecret=****");
  }

  @Test
  void neverPrintsACustomSecret() {
    CreateUserPoolClientRequest request = Fixtures.request().clientSecret(CUSTOM_SECRET).build();

    CreateUserPoolClientResponse response = factory().create(request, defaultPool());

    assertThat(response.userPoolClient().clientSecret()).contains(CUSTOM_SECRET);
    assertThat(request.toString()).doesNotContain(CUSTOM_SECRET);
    assertThat(response.toString()).doesNotContain(CUSTOM_SECRET);
  }

  @Test
  void keepsBothSecretsOutOfTheConflictError() {
    CreateUserPoolClientRequest request =
        Fixtures.request().generateSecret(true).clientSecret(CUSTOM_SECRET).build();

    CognitoException error =
        catchThrowableOfType(
            CognitoException.class, () -> factory().create(request, defaultPool()));

    assertThat(error.getMessage())
        .isEqualTo(
            "You cannot specify both GenerateSecret as true and provide a ClientSecret value.")
        .doesNotContain(CUSTOM_SECRET);
    assertThat(error.toString()).doesNotContain(CUSTOM_SECRET);
  }

  private static UserPoolContext poolWithResourceServer() {
    return Fixtures.pool()
        .addResourceServers(
            ResourceServer.of("https://api.example.com", ImmutableList.of("read", "write")))
        .build();
  }
}
