package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.rules.Rule;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ModelConstraintsTest {

  @Test
  void listsOneRulePerConstrainedCreateRowInMTableOrder() {
    assertThat(ModelConstraints.rules())
        .flatExtracting(Rule::descriptors)
        .extracting(RuleDescriptor::id)
        .containsExactly(
            "M-01", "M-02", "M-04", "M-06", "M-07", "M-08", "M-09", "M-10", "M-11", "M-12", "M-13",
            "M-14", "M-15", "M-16", "M-18", "M-19", "M-20", "M-21", "M-22", "M-23", "M-24");
  }

  @Test
  void describesEveryRuleAsAModelInvalidParameterCheck() {
    assertThat(ModelConstraints.rules())
        .allSatisfy(rule -> assertThat(rule.descriptors()).hasSize(1))
        .flatExtracting(Rule::descriptors)
        .allSatisfy(
            descriptor -> {
              assertThat(descriptor.stage()).isEqualTo(Stage.MODEL);
              assertThat(descriptor.errorType()).isEqualTo(ErrorType.INVALID_PARAMETER);
              assertThat(descriptor.summary()).isNotBlank();
            });
  }

  @Test
  void printsTheRowIdOfEachRuleAndThePathOfEachMemberForTestOutput() {
    assertThat(ModelConstraints.rules())
        .first()
        .hasToString("M-01")
        .isInstanceOf(ModelConstraintRule.class);
    assertThat(ModelConstraints.rules()).last().hasToString("M-24");
    assertThat(
            Member.integer(
                "authSessionValidity",
                CreateUserPoolClientRequest::authSessionValidity,
                Constraint.maxValue(15)))
        .hasToString("authSessionValidity");
  }

  @Test
  void checksEveryConstrainedMemberPathInMTableOrder() {
    assertThat(ModelConstraints.rules())
        .flatExtracting(rule -> ((ModelConstraintRule<?>) rule).paths())
        .containsExactly(
            "userPoolId",
            "clientName",
            "clientSecret",
            "refreshTokenValidity",
            "accessTokenValidity",
            "idTokenValidity",
            "tokenValidityUnits.accessToken",
            "tokenValidityUnits.idToken",
            "tokenValidityUnits.refreshToken",
            "readAttributes",
            "writeAttributes",
            "explicitAuthFlows",
            "supportedIdentityProviders",
            "callbackURLs",
            "logoutURLs",
            "defaultRedirectURI",
            "allowedOAuthFlows",
            "allowedOAuthScopes",
            "analyticsConfiguration.applicationId",
            "analyticsConfiguration.applicationArn",
            "analyticsConfiguration.roleArn",
            "analyticsConfiguration.externalId",
            "preventUserExistenceErrors",
            "authSessionValidity",
            "refreshTokenRotation.feature",
            "refreshTokenRotation.retryGracePeriodSeconds");
  }

  @Test
  void acceptsARequestWithEveryMemberValid() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .generateSecret(false)
            .clientSecret("abcdefghijklmnopqrstuvwxyz0123456789")
            .refreshTokenValidity(30)
            .accessTokenValidity(60)
            .idTokenValidity(60)
            .tokenValidityUnits(
                TokenValidityUnits.builder()
                    .accessTokenAsString("minutes")
                    .idTokenAsString("minutes")
                    .refreshTokenAsString("days")
                    .build())
            .readAttributes(ImmutableList.of("email", "custom:tenant"))
            .writeAttributes(ImmutableList.of("email"))
            .explicitAuthFlowsAsStrings(
                ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
            .supportedIdentityProviders(ImmutableList.of("COGNITO", "Google"))
            .callbackURLs(ImmutableList.of("https://app.example.com/cb"))
            .logoutURLs(ImmutableList.of("https://app.example.com/bye"))
            .defaultRedirectURI("https://app.example.com/cb")
            .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
            .allowedOAuthScopes(ImmutableList.of("openid", "email"))
            .allowedOAuthFlowsUserPoolClient(true)
            .analyticsConfiguration(
                AnalyticsConfiguration.builder()
                    .applicationId("0123456789abcdef0123456789abcdef")
                    .roleArn("arn:aws:iam::123456789012:role/CognitoPinpointRole")
                    .externalId("my-external-id")
                    .userDataShared(true)
                    .build())
            .preventUserExistenceErrorsAsString("ENABLED")
            .enableTokenRevocation(true)
            .enablePropagateAdditionalUserContextData(false)
            .authSessionValidity(3)
            .refreshTokenRotation(
                RefreshTokenRotation.builder()
                    .featureAsString("ENABLED")
                    .retryGracePeriodSeconds(10)
                    .build())
            .build();

    assertThat(violations(request)).isEmpty();
  }

  @Test
  void reportsBothRequiredMembersOfAnEmptyRequestInOrder() {
    assertThat(violations(CreateUserPoolClientRequest.builder().build()))
        .containsExactly(
            item(
                "M-01",
                "userPoolId",
                "Value null at 'userPoolId' failed to satisfy constraint: Member must not be null"),
            item(
                "M-02",
                "clientName",
                "Value null at 'clientName' failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void aggregatesItemsAcrossMembersInMTableOrder() {
    assertThat(
            violations(
                Fixtures.request()
                    .authSessionValidity(16)
                    .accessTokenValidity(0)
                    .clientSecret("short")
                    .clientName("")))
        .extracting(Violation::message)
        .containsExactly(
            "Value '' at 'clientName' failed to satisfy constraint: Member must have length greater"
                + " than or equal to 1",
            "Value '' at 'clientName' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [\\w\\s+=,.@-]+",
            "Value at 'clientSecret' failed to satisfy constraint: Member must have length greater"
                + " than or equal to 24",
            "Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 1",
            "Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have"
                + " value less than or equal to 15");
  }

  @Test
  void ordersItemsOfEveryBrokenMemberByMTableThenConstraint() {
    // Built in reverse member order, so that only the rules can put the items in order.
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .refreshTokenRotation(
                RefreshTokenRotation.builder().retryGracePeriodSeconds(99).build())
            .authSessionValidity(1)
            .preventUserExistenceErrorsAsString("OFF")
            .analyticsConfiguration(
                AnalyticsConfiguration.builder()
                    .externalId("e".repeat(131073))
                    .roleArn("role")
                    .applicationArn("app")
                    .applicationId("id")
                    .build())
            .allowedOAuthScopes(ImmutableList.of(""))
            .allowedOAuthFlowsAsStrings(ImmutableList.of("a", "b", "c", "d"))
            .defaultRedirectURI("")
            .logoutURLs(ImmutableList.of(" "))
            .callbackURLs(ImmutableList.of(" "))
            .supportedIdentityProviders(ImmutableList.of(""))
            .explicitAuthFlowsAsStrings(ImmutableList.of("x"))
            .writeAttributes(ImmutableList.of(""))
            .readAttributes(ImmutableList.of(""))
            .tokenValidityUnits(
                TokenValidityUnits.builder()
                    .refreshTokenAsString("x")
                    .idTokenAsString("x")
                    .accessTokenAsString("x")
                    .build())
            .idTokenValidity(0)
            .accessTokenValidity(0)
            .refreshTokenValidity(-1)
            .clientSecret("!")
            .clientName("")
            .userPoolId("")
            .build();

    assertThat(violations(request))
        .extracting(Violation::ruleId, Violation::field)
        .containsExactly(
            tuple("M-01", "userPoolId"),
            tuple("M-01", "userPoolId"),
            tuple("M-02", "clientName"),
            tuple("M-02", "clientName"),
            tuple("M-04", "clientSecret"),
            tuple("M-04", "clientSecret"),
            tuple("M-06", "refreshTokenValidity"),
            tuple("M-07", "accessTokenValidity"),
            tuple("M-08", "idTokenValidity"),
            tuple("M-09", "tokenValidityUnits.accessToken"),
            tuple("M-09", "tokenValidityUnits.idToken"),
            tuple("M-09", "tokenValidityUnits.refreshToken"),
            tuple("M-10", "readAttributes"),
            tuple("M-10", "writeAttributes"),
            tuple("M-11", "explicitAuthFlows"),
            tuple("M-12", "supportedIdentityProviders"),
            tuple("M-13", "callbackURLs"),
            tuple("M-13", "logoutURLs"),
            tuple("M-14", "defaultRedirectURI"),
            tuple("M-14", "defaultRedirectURI"),
            tuple("M-15", "allowedOAuthFlows"),
            tuple("M-15", "allowedOAuthFlows"),
            tuple("M-16", "allowedOAuthScopes"),
            tuple("M-18", "analyticsConfiguration.applicationId"),
            tuple("M-19", "analyticsConfiguration.applicationArn"),
            tuple("M-19", "analyticsConfiguration.applicationArn"),
            tuple("M-19", "analyticsConfiguration.roleArn"),
            tuple("M-19", "analyticsConfiguration.roleArn"),
            tuple("M-20", "analyticsConfiguration.externalId"),
            tuple("M-21", "preventUserExistenceErrors"),
            tuple("M-22", "authSessionValidity"),
            tuple("M-23", "refreshTokenRotation.feature"),
            tuple("M-24", "refreshTokenRotation.retryGracePeriodSeconds"));
    assertThat(violations(request))
        .filteredOn(violation -> violation.field().equals("analyticsConfiguration.applicationArn"))
        .extracting(Violation::message)
        .containsExactly(
            "Value 'app' at 'analyticsConfiguration.applicationArn' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 20",
            "Value 'app' at 'analyticsConfiguration.applicationArn' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:"
                + "([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20260101L})
  void neverPrintsAClientSecret(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "abcXYZ019_+-!/ é\t";
    for (int i = 0; i < 300; i++) {
      int length = random.nextInt(0, 100);
      StringBuilder secret = new StringBuilder();
      for (int c = 0; c < length; c++) {
        secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = secret.toString();
      ImmutableList<Violation> found = violations(Fixtures.request().clientSecret(value));
      assertThat(found)
          .as("seed %s, secret #%s of length %s", seed, i, length)
          .allSatisfy(
              violation -> {
                assertThat(violation.field()).isEqualTo("clientSecret");
                assertThat(violation.message())
                    .isIn(
                        "Value at 'clientSecret' failed to satisfy constraint: Member must have"
                            + " length less than or equal to 64",
                        "Value at 'clientSecret' failed to satisfy constraint: Member must have"
                            + " length greater than or equal to 24",
                        "Value at 'clientSecret' failed to satisfy constraint: Member must satisfy"
                            + " regular expression pattern: [\\w+]+");
              });
      boolean valid = length >= 24 && length <= 64 && value.matches("[\\w+]+");
      assertThat(found.isEmpty()).as("seed %s, secret %s", seed, i).isEqualTo(valid);
    }
  }

  @Test
  void violationsCarryTheMemberValueButNeverTheSecret() {
    CreateUserPoolClientRequest request =
        io.github.poolclient.Fixtures.request()
            .authSessionValidity(99)
            .clientSecret("short")
            .callbackURLs("a b")
            .build();

    assertThat(
            ModelConstraints.rules().stream()
                .flatMap(rule -> rule.check(request).stream())
                .map(v -> v.path() + "=" + v.value().orElse("(none)")))
        .containsExactly(
            "clientSecret=(none)", // too short; its pattern passes
            "callbackURLs=[a b]",
            "authSessionValidity=99");
  }
}
