package io.github.poolclient.rules.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the OAuth configuration rules OA-02, OA-04, OA-05, OA-06, OA-07, OA-08 and OA-11. */
final class OAuthRulesTest {

  private static final UserPoolContext POOL =
      Fixtures.pool()
          .addResourceServers(
              ResourceServer.of("https://api.example.com", ImmutableList.of("read", "write")))
          .identityProviders(ImmutableList.of("Google", "CorpSAML"))
          .build();

  /** The rules of this package in catalogue 12.1 step 4 order (PR-02 left out). */
  private static final ImmutableList<SemanticRule> IN_ORDER =
      ImmutableList.of(
          new ClientCredentialsSecretRule(),
          new OAuthFlowsAndScopesRequiredRule(),
          new ClientCredentialsAloneRule(),
          new ClientCredentialsScopesRule(),
          new CallbackUrlsRequiredRule(),
          new OAuthScopesExistRule(),
          new IdentityProvidersExistRule());

  private static ImmutableList<Violation> check(
      SemanticRule rule, CreateUserPoolClientRequest.Builder request) {
    return rule.check(request.build(), POOL);
  }

  private static Violation violation(
      String ruleId, String field, ErrorType errorType, String message) {
    return Violation.of(ruleId, Stage.SEMANTIC, field, errorType, message);
  }

  private static CreateUserPoolClientRequest.Builder flows(String... flows) {
    return Fixtures.request().allowedOAuthFlowsAsStrings(ImmutableList.copyOf(flows));
  }

  /** Returns the three states of {@code AllowedOAuthFlowsUserPoolClient}: absent, false, true. */
  static Stream<Optional<Boolean>> everyFlag() {
    return Stream.of(Optional.empty(), Optional.of(false), Optional.of(true));
  }

  /** Returns the two states in which the client is not an OAuth client: absent and false. */
  static Stream<Optional<Boolean>> flagNotTrue() {
    return Stream.of(Optional.empty(), Optional.of(false));
  }

  // OA-05

  private static final Violation OA_05 =
      violation(
          "OA-05",
          "allowedOAuthFlows",
          ErrorType.INVALID_OAUTH_FLOW,
          Messages.CLIENT_CREDENTIALS_WITHOUT_SECRET);

  @ParameterizedTest
  @MethodSource("everyFlag")
  void rejectsClientCredentialsWithoutSecretWhateverTheFlag(Optional<Boolean> flag) {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsSecretRule(),
                    flows("client_credentials").allowedOAuthFlowsUserPoolClient(flag))))
        .containsExactly(OA_05);
  }

  @Test
  void rejectsClientCredentialsWhenGenerateSecretIsFalse() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsSecretRule(),
                    flows("client_credentials").generateSecret(false))))
        .containsExactly(OA_05);
  }

  @Test
  void acceptsClientCredentialsAloneWithGeneratedSecret() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsSecretRule(),
                    flows("client_credentials").generateSecret(true))))
        .isEmpty();
  }

  @Test
  void acceptsClientCredentialsWithCustomClientSecret() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsSecretRule(),
                    flows("client_credentials").clientSecret("abcdefghijklmnopqrstuvwx"))))
        .isEmpty();
  }

  @Test
  void acceptsSecretlessClientWithoutClientCredentials() {
    assertThat(unindexed(check(new ClientCredentialsSecretRule(), flows("code", "implicit"))))
        .isEmpty();
    assertThat(unindexed(check(new ClientCredentialsSecretRule(), Fixtures.request()))).isEmpty();
  }

  @Test
  void ignoresUnknownFlowStringsWhenLookingForClientCredentials() {
    assertThat(
            unindexed(
                check(new ClientCredentialsSecretRule(), flows("Client_Credentials", "token"))))
        .isEmpty();
  }

  // OA-02

  private static Violation oa02(String field) {
    return violation(
        "OA-02", field, ErrorType.INVALID_PARAMETER, Messages.OAUTH_FLOWS_AND_SCOPES_REQUIRED);
  }

  @Test
  void rejectsOAuthClientWithoutFlows() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    Fixtures.request()
                        .allowedOAuthFlowsUserPoolClient(true)
                        .allowedOAuthScopes(ImmutableList.of("openid")))))
        .containsExactly(oa02("allowedOAuthFlows"));
  }

  @Test
  void rejectsOAuthClientWithEmptyFlows() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    flows()
                        .allowedOAuthFlowsUserPoolClient(true)
                        .allowedOAuthScopes(ImmutableList.of("openid")))))
        .containsExactly(oa02("allowedOAuthFlows"));
  }

  @Test
  void rejectsOAuthClientWithoutScopes() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    flows("code").allowedOAuthFlowsUserPoolClient(true))))
        .containsExactly(oa02("allowedOAuthScopes"));
  }

  @Test
  void rejectsOAuthClientWithEmptyScopes() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    flows("code")
                        .allowedOAuthFlowsUserPoolClient(true)
                        .allowedOAuthScopes(ImmutableList.of()))))
        .containsExactly(oa02("allowedOAuthScopes"));
  }

  @Test
  void reportsMissingFlowsOnceWhenFlowsAndScopesAreBothMissing() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    Fixtures.request().allowedOAuthFlowsUserPoolClient(true))))
        .containsExactly(oa02("allowedOAuthFlows"));
  }

  @Test
  void acceptsOAuthClientWithFlowsAndScopes() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    flows("code")
                        .allowedOAuthFlowsUserPoolClient(true)
                        .allowedOAuthScopes(ImmutableList.of("openid")))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("flagNotTrue")
  void needsNoFlowsOrScopesUnlessTheFlagIsTrue(Optional<Boolean> flag) {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    Fixtures.request().allowedOAuthFlowsUserPoolClient(flag))))
        .isEmpty();
  }

  @Test
  void countsFlowsOfUnknownValuesAsPresent() {
    assertThat(
            unindexed(
                check(
                    new OAuthFlowsAndScopesRequiredRule(),
                    flows("token")
                        .allowedOAuthFlowsUserPoolClient(true)
                        .allowedOAuthScopes(ImmutableList.of("openid")))))
        .isEmpty();
  }

  // OA-04

  private static final Violation OA_04 =
      violation(
          "OA-04",
          "allowedOAuthFlows",
          ErrorType.INVALID_OAUTH_FLOW,
          Messages.CLIENT_CREDENTIALS_NOT_ALONE);

  @ParameterizedTest
  @MethodSource("everyFlag")
  void rejectsClientCredentialsWithCodeWhateverTheFlag(Optional<Boolean> flag) {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsAloneRule(),
                    flows("client_credentials", "code")
                        .generateSecret(true)
                        .allowedOAuthFlowsUserPoolClient(flag))))
        .containsExactly(OA_04);
  }

  @Test
  void rejectsClientCredentialsWithImplicit() {
    assertThat(
            unindexed(
                check(new ClientCredentialsAloneRule(), flows("implicit", "client_credentials"))))
        .containsExactly(OA_04);
  }

  @Test
  void rejectsClientCredentialsWithCodeAndImplicitOnce() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsAloneRule(),
                    flows("code", "client_credentials", "implicit"))))
        .containsExactly(OA_04);
  }

  @Test
  void acceptsClientCredentialsAloneEvenWhenRepeated() {
    assertThat(unindexed(check(new ClientCredentialsAloneRule(), flows("client_credentials"))))
        .isEmpty();
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsAloneRule(),
                    flows("client_credentials", "client_credentials"))))
        .isEmpty();
  }

  @Test
  void acceptsCodeWithImplicit() {
    assertThat(unindexed(check(new ClientCredentialsAloneRule(), flows("code", "implicit"))))
        .isEmpty();
  }

  @Test
  void ignoresUnknownFlowStringsNextToClientCredentials() {
    assertThat(
            unindexed(check(new ClientCredentialsAloneRule(), flows("client_credentials", "Code"))))
        .isEmpty();
  }

  // OA-06

  private static Violation oa06(String scope) {
    return violation(
        "OA-06",
        "allowedOAuthScopes",
        ErrorType.INVALID_OAUTH_FLOW,
        Messages.scopeNotSupportedWithClientCredentials(scope));
  }

  private static CreateUserPoolClientRequest.Builder clientCredentialsWithScopes(String... scopes) {
    return flows("client_credentials")
        .generateSecret(true)
        .allowedOAuthScopes(ImmutableList.copyOf(scopes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"})
  void rejectsEachStandardScopeWithClientCredentials(String scope) {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    clientCredentialsWithScopes("https://api.example.com/read", scope))))
        .containsExactly(oa06(scope));
  }

  @ParameterizedTest
  @MethodSource("everyFlag")
  void rejectsStandardScopeWithClientCredentialsWhateverTheFlag(Optional<Boolean> flag) {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    clientCredentialsWithScopes("email").allowedOAuthFlowsUserPoolClient(flag))))
        .containsExactly(oa06("email"));
  }

  @Test
  void acceptsCustomScopesWithClientCredentials() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    clientCredentialsWithScopes(
                        "https://api.example.com/read", "https://api.example.com/write"))))
        .isEmpty();
  }

  @Test
  void namesOffendingScopesInRequestOrderOncePerValue() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    clientCredentialsWithScopes(
                        "https://api.example.com/read", "profile", "openid", "profile", "phone"))))
        .containsExactly(oa06("profile"), oa06("openid"), oa06("phone"));
  }

  @Test
  void leavesUnknownAndWrongCaseScopesToTheScopeExistenceRule() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    clientCredentialsWithScopes(
                        "Cognito", "OpenID", "aws.cognito.signin.user.Admin"))))
        .isEmpty();
  }

  @Test
  void acceptsStandardScopesWithoutClientCredentials() {
    assertThat(
            unindexed(
                check(
                    new ClientCredentialsScopesRule(),
                    flows("code", "implicit")
                        .allowedOAuthScopes(ImmutableList.of("openid", "email")))))
        .isEmpty();
  }

  // OA-07

  private static final Violation OA_07 =
      violation(
          "OA-07", "callbackURLs", ErrorType.INVALID_OAUTH_FLOW, Messages.CALLBACK_URLS_REQUIRED);

  @ParameterizedTest
  @ValueSource(strings = {"code", "implicit"})
  void rejectsBrowserFlowWithoutCallbacksWhenFlagIsTrue(String flow) {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows(flow).allowedOAuthFlowsUserPoolClient(true))))
        .containsExactly(OA_07);
  }

  @Test
  void rejectsBrowserFlowWithEmptyCallbacksWhenFlagIsTrue() {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows("code", "implicit")
                        .allowedOAuthFlowsUserPoolClient(true)
                        .callbackURLs(ImmutableList.of()))))
        .containsExactly(OA_07);
  }

  @Test
  void acceptsBrowserFlowWithCallbacks() {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows("code")
                        .allowedOAuthFlowsUserPoolClient(true)
                        .callbackURLs(ImmutableList.of("https://example.com/callback")))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("flagNotTrue")
  void acceptsBrowserFlowWithoutCallbacksUnlessTheFlagIsTrue(Optional<Boolean> flag) {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows("code", "implicit").allowedOAuthFlowsUserPoolClient(flag))))
        .isEmpty();
  }

  @Test
  void acceptsClientCredentialsWithoutCallbacks() {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows("client_credentials").allowedOAuthFlowsUserPoolClient(true))))
        .isEmpty();
  }

  @Test
  void ignoresUnknownFlowStringsWhenLookingForBrowserFlows() {
    assertThat(
            unindexed(
                check(
                    new CallbackUrlsRequiredRule(),
                    flows("Code", "token").allowedOAuthFlowsUserPoolClient(true))))
        .isEmpty();
  }

  // OA-08

  private static Violation oa08(String scope) {
    return violation(
        "OA-08",
        "allowedOAuthScopes",
        ErrorType.SCOPE_DOES_NOT_EXIST,
        Messages.invalidScope(scope));
  }

  private static ImmutableList<Violation> checkScopes(String... scopes) {
    return check(
        new OAuthScopesExistRule(),
        Fixtures.request().allowedOAuthScopes(ImmutableList.copyOf(scopes)));
  }

  @Test
  void acceptsEveryStandardScope() {
    assertThat(
            unindexed(
                checkScopes(
                    "phone", "email", "openid", "profile", "aws.cognito.signin.user.admin")))
        .isEmpty();
  }

  @Test
  void acceptsEmailPhoneAndProfileWithoutOpenid() {
    assertThat(unindexed(checkScopes("email", "phone", "profile"))).isEmpty();
  }

  @Test
  void acceptsCustomScopesOfThePoolsResourceServers() {
    assertThat(
            unindexed(checkScopes("https://api.example.com/read", "https://api.example.com/write")))
        .isEmpty();
  }

  @Test
  void rejectsStandardScopeInAnotherCase() {
    assertThat(unindexed(checkScopes("openid", "Profile"))).containsExactly(oa08("Profile"));
  }

  @Test
  void rejectsCustomScopeInAnotherCase() {
    assertThat(
            unindexed(checkScopes("https://api.example.com/Read", "https://API.example.com/read")))
        .containsExactly(
            oa08("https://api.example.com/Read"), oa08("https://API.example.com/read"));
  }

  @Test
  void rejectsUndefinedScopeOfAKnownResourceServer() {
    assertThat(unindexed(checkScopes("https://api.example.com/delete")))
        .containsExactly(oa08("https://api.example.com/delete"));
  }

  @Test
  void rejectsScopeOfAnUnknownResourceServer() {
    assertThat(unindexed(checkScopes("https://other.example.com/read")))
        .containsExactly(oa08("https://other.example.com/read"));
  }

  @Test
  void rejectsBareScopeNameOfAResourceServer() {
    assertThat(unindexed(checkScopes("read"))).containsExactly(oa08("read"));
  }

  @Test
  void rejectsCustomScopeWhenThePoolHasNoResourceServer() {
    assertThat(
            unindexed(
                new OAuthScopesExistRule()
                    .check(
                        Fixtures.request()
                            .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"))
                            .build(),
                        Fixtures.pool().build())))
        .containsExactly(oa08("https://api.example.com/read"));
  }

  @Test
  void namesUnknownScopesInRequestOrderOncePerValue() {
    assertThat(
            unindexed(
                checkScopes(
                    "openid",
                    "https://api.example.com/read",
                    "https://api.example.com/delete",
                    "Cognito",
                    "https://api.example.com/delete",
                    "alpha/unknown")))
        .containsExactly(
            oa08("https://api.example.com/delete"), oa08("Cognito"), oa08("alpha/unknown"));
  }

  @Test
  void judgesScopesWhateverTheFlowsAndFlag() {
    assertThat(
            unindexed(
                check(
                    new OAuthScopesExistRule(),
                    flows("client_credentials")
                        .allowedOAuthFlowsUserPoolClient(false)
                        .allowedOAuthScopes(ImmutableList.of("Cognito")))))
        .containsExactly(oa08("Cognito"));
  }

  @Test
  void reportsAnEmptyScopeWithoutFailing() {
    assertThat(unindexed(checkScopes(""))).containsExactly(oa08(""));
  }

  @Test
  void acceptsAbsentOrEmptyScopes() {
    assertThat(unindexed(check(new OAuthScopesExistRule(), Fixtures.request()))).isEmpty();
    assertThat(unindexed(checkScopes())).isEmpty();
  }

  // OA-11

  private static Violation oa11(String provider, String userPoolId) {
    return violation(
        "OA-11",
        "supportedIdentityProviders",
        ErrorType.INVALID_PARAMETER,
        Messages.providerDoesNotExist(provider, userPoolId));
  }

  private static ImmutableList<Violation> checkProviders(String... providers) {
    return check(
        new IdentityProvidersExistRule(),
        Fixtures.request().supportedIdentityProviders(ImmutableList.copyOf(providers)));
  }

  @Test
  void acceptsCognitoInAnyPool() {
    assertThat(
            unindexed(
                new IdentityProvidersExistRule()
                    .check(
                        Fixtures.request()
                            .supportedIdentityProviders(ImmutableList.of("COGNITO"))
                            .build(),
                        Fixtures.pool().build())))
        .isEmpty();
  }

  @Test
  void acceptsProvidersConfiguredInThePool() {
    assertThat(unindexed(checkProviders("COGNITO", "Google", "CorpSAML"))).isEmpty();
  }

  @Test
  void rejectsSocialProviderNotConfiguredInThePool() {
    assertThat(
            unindexed(
                new IdentityProvidersExistRule()
                    .check(
                        Fixtures.request()
                            .supportedIdentityProviders(ImmutableList.of("COGNITO", "Google"))
                            .build(),
                        Fixtures.pool().build())))
        .containsExactly(oa11("Google", Fixtures.POOL_ID));
  }

  @Test
  void rejectsProviderNamesInAnotherCase() {
    assertThat(unindexed(checkProviders("google", "Cognito")))
        .containsExactly(oa11("google", Fixtures.POOL_ID), oa11("Cognito", Fixtures.POOL_ID));
  }

  @Test
  void namesTheRequestsUserPoolIdInTheMessage() {
    String poolId = "eu-central-1_Q1w2E3r4";
    assertThat(
            unindexed(
                new IdentityProvidersExistRule()
                    .check(
                        Fixtures.request()
                            .userPoolId(poolId)
                            .supportedIdentityProviders(ImmutableList.of("Facebook"))
                            .build(),
                        Fixtures.pool().id(poolId).build())))
        .containsExactly(oa11("Facebook", poolId));
  }

  @Test
  void namesUnknownProvidersInRequestOrderOncePerValue() {
    assertThat(
            unindexed(checkProviders("Salesforce", "COGNITO", "EntraID", "Salesforce", "Google")))
        .containsExactly(oa11("Salesforce", Fixtures.POOL_ID), oa11("EntraID", Fixtures.POOL_ID));
  }

  @Test
  void acceptsAbsentOrEmptyProviders() {
    assertThat(unindexed(check(new IdentityProvidersExistRule(), Fixtures.request()))).isEmpty();
    assertThat(unindexed(checkProviders())).isEmpty();
  }

  // Descriptors and the order of catalogue 12.1

  @Test
  void describesEachRuleWithItsIdAndErrorType() {
    assertThat(
            IN_ORDER.stream()
                .flatMap(rule -> rule.descriptors().stream())
                .map(descriptor -> descriptor.id() + " " + descriptor.errorType()))
        .containsExactly(
            "OA-05 INVALID_OAUTH_FLOW",
            "OA-02 INVALID_PARAMETER",
            "OA-04 INVALID_OAUTH_FLOW",
            "OA-06 INVALID_OAUTH_FLOW",
            "OA-07 INVALID_OAUTH_FLOW",
            "OA-08 SCOPE_DOES_NOT_EXIST",
            "OA-11 INVALID_PARAMETER");
    assertThat(IN_ORDER.stream().flatMap(rule -> rule.descriptors().stream()))
        .extracting(RuleDescriptor::stage)
        .containsOnly(Stage.SEMANTIC);
  }

  private static Optional<Violation> firstFailure(CreateUserPoolClientRequest.Builder request) {
    CreateUserPoolClientRequest built = request.build();
    return IN_ORDER.stream()
        .flatMap(rule -> unindexed(rule.check(built, POOL)).stream())
        .findFirst();
  }

  @Test
  void reportsMissingSecretBeforeClientCredentialsNotAlone() {
    assertThat(
            firstFailure(
                flows("client_credentials", "code")
                    .allowedOAuthFlowsUserPoolClient(true)
                    .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"))
                    .callbackURLs(ImmutableList.of("https://example.com/callback"))))
        .contains(OA_05);
  }

  @Test
  void reportsStandardScopeWithClientCredentialsBeforeAnEarlierUnknownScope() {
    assertThat(
            firstFailure(
                clientCredentialsWithScopes("Cognito", "openid")
                    .allowedOAuthFlowsUserPoolClient(true)))
        .contains(oa06("openid"));
  }

  @Test
  void acceptsTheMachineToMachineClient() {
    assertThat(
            firstFailure(
                clientCredentialsWithScopes(
                        "https://api.example.com/read", "https://api.example.com/write")
                    .allowedOAuthFlowsUserPoolClient(true)))
        .isEmpty();
  }

  /**
   * Returns the violations without their indexed paths and values, which ViolationPathsTest covers.
   */
  private static ImmutableList<Violation> unindexed(ImmutableList<Violation> violations) {
    return violations.stream()
        .map(v -> v.withPath(v.field()).withValue(java.util.Optional.empty()))
        .collect(ImmutableList.toImmutableList());
  }
}
