package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.advice.IdentityProviderOrderAdvisory;
import io.github.poolclient.advice.ResourceServerOrderAdvisory;
import io.github.poolclient.advice.UpdateResetReport;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.service.InMemoryUserPoolClientStore;
import io.github.poolclient.service.UserPoolClientService;
import io.github.poolclient.service.WireAnswer;
import io.github.poolclient.wire.WireFormat;
import java.lang.module.ModuleDescriptor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the public API's hygiene: null handling, enums, redaction and the module boundary. */
final class PublicApiTest {

  private static final String SECRET = "s3cr3tS3cr3tS3cr3tS3cr3t42";

  private static final ImmutableList<Class<?>> PUBLIC_TYPES =
      ImmutableList.of(
          UserPoolClientFactory.class,
          CognitoException.class,
          ErrorType.class,
          Violation.class,
          CreateUserPoolClientRequest.class,
          CreateUserPoolClientResponse.class,
          UserPoolClient.class,
          TokenValidityUnits.class,
          AnalyticsConfiguration.class,
          RefreshTokenRotation.class,
          UserPoolContext.class,
          SchemaAttribute.class,
          ResourceServer.class,
          UserPoolLookup.class,
          InMemoryUserPoolClientStore.class,
          UserPoolClientService.class,
          WireAnswer.class,
          RuleChain.class,
          RuleDescriptor.class,
          WireFormat.class,
          ExplicitAuthFlowsType.class,
          OAuthFlowType.class,
          TimeUnitsType.class,
          PreventUserExistenceErrorTypes.class,
          FeatureType.class,
          UserPoolTierType.class,
          Advisor.class,
          AdvicePolicy.class,
          Advisory.class,
          AdvisoryDescriptor.class,
          ResourceServerOrderAdvisory.class,
          IdentityProviderOrderAdvisory.class,
          UpdateResetReport.class);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(UserPoolContext.class, Fixtures.pool().build())
        .setDefault(CreateUserPoolClientRequest.class, Fixtures.request().build())
        .setDefault(UserPoolLookup.class, UserPoolLookup.none())
        .setDefault(UserPoolClient.class, record())
        .setDefault(UserPoolClientLookup.class, UserPoolClientLookup.none())
        .setDefault(
            DeleteUserPoolClientRequest.class, DeleteUserPoolClientRequest.builder().build())
        .setDefault(
            DescribeUserPoolClientRequest.class, DescribeUserPoolClientRequest.builder().build())
        .setDefault(ListUserPoolClientsRequest.class, ListUserPoolClientsRequest.builder().build())
        .setDefault(
            UpdateUserPoolClientRequest.class,
            UpdateUserPoolClientRequest.builder()
                .userPoolId("us-east-1_Example01")
                .clientId("client")
                .build())
        .setDefault(ErrorType.class, ErrorType.INVALID_PARAMETER)
        .setDefault(AdvicePolicy.class, AdvicePolicy.defaults())
        .setDefault(UserPoolClient.class, Fixtures.client().build())
        .setDefault(Advisory.class, ResourceServerOrderAdvisory.advisory("f", "api", "api/read"));
  }

  @Test
  void publicStaticMethodsRejectNullArguments() {
    NullPointerTester tester = tester();
    for (Class<?> type : PUBLIC_TYPES) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicInstanceMethodsRejectNullArguments() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(
        UserPoolClientFactory.builder().clock(Fixtures.clock()).build());
    tester.testAllPublicInstanceMethods(UserPoolClientFactory.builder());
    tester.testAllPublicInstanceMethods(RuleChain.standard());
    tester.testAllPublicInstanceMethods(Fixtures.request().build());
    tester.testAllPublicInstanceMethods(Fixtures.request());
    tester.testAllPublicInstanceMethods(Fixtures.pool().build());
    tester.testAllPublicInstanceMethods(record());
    tester.testAllPublicInstanceMethods(InMemoryUserPoolClientStore.create());
    tester.testAllPublicInstanceMethods(UserPoolClientService.builder());
    tester.testAllPublicInstanceMethods(AdvicePolicy.defaults());
    tester.testAllPublicInstanceMethods(Advisor.descriptors().get(0));
  }

  @Test
  void enumsRoundTripTheirWireValues() {
    for (Class<?> type : PUBLIC_TYPES) {
      if (!type.isEnum() || type == ErrorType.class) {
        continue;
      }
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        if (e.name().equals("UNKNOWN_TO_SDK_VERSION")) {
          continue;
        }
        assertThat(fromValue(type, e.toString())).as("%s.fromValue", type).isSameAs(e);
      }
      assertThat(fromValue(type, "not-a-value").toString()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    }
    assertThat(ExplicitAuthFlowsType.knownValues()).hasSize(10);
    assertThat(ExplicitAuthFlowsType.fromValue("allow_user_srp_auth"))
        .isEqualTo(ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION);
    assertThat(OAuthFlowType.knownValues().stream().map(Object::toString))
        .containsExactlyInAnyOrder("code", "implicit", "client_credentials");
  }

  @Test
  void errorTypesCarryTheirWireNames() {
    assertThat(
            Arrays.stream(ErrorType.values()).map(ErrorType::wireName).collect(Collectors.toList()))
        .contains(
            "InvalidParameterException",
            "InvalidOAuthFlowException",
            "ScopeDoesNotExistException",
            "ResourceNotFoundException",
            "LimitExceededException",
            "FeatureUnavailableInTierException",
            "SerializationException",
            "UnknownOperationException",
            "TooManyRequestsException",
            "NotAuthorizedException",
            "InternalErrorException");
    for (ErrorType type : ErrorType.values()) {
      assertThat(ErrorType.fromWireName(type.wireName())).contains(type);
    }
    assertThat(ErrorType.fromWireName("ValidationException")).isEmpty();
    assertThat(ErrorType.INTERNAL_ERROR.httpStatus()).isEqualTo(500);
    assertThat(ErrorType.INVALID_OAUTH_FLOW.httpStatus()).isEqualTo(400);
    CognitoException e = new CognitoException(ErrorType.LIMIT_EXCEEDED, "m");
    assertThat(e).hasToString("LimitExceededException: m").hasMessage("m");
  }

  @Test
  void secretsNeverAppearInToString() {
    CreateUserPoolClientRequest request = Fixtures.request().clientSecret(SECRET).build();
    assertThat(request.toString()).doesNotContain(SECRET).contains("clientSecret=****");
    assertThat(request.clientSecret()).contains(SECRET);
    UserPoolClient client = record();
    assertThat(client.toString()).doesNotContain(SECRET).contains("clientSecret=****");
    assertThat(CreateUserPoolClientResponse.of(client).toString()).doesNotContain(SECRET);
  }

  @Test
  void requestKeepsAbsentApartFromEmptyAndHoldsInvalidValues() {
    CreateUserPoolClientRequest absent = Fixtures.request().build();
    CreateUserPoolClientRequest empty = Fixtures.request().callbackURLs(ImmutableList.of()).build();
    assertThat(absent.callbackURLs()).isEmpty();
    assertThat(empty.callbackURLs()).contains(ImmutableList.of());
    assertThat(absent).isNotEqualTo(empty);

    CreateUserPoolClientRequest invalid =
        CreateUserPoolClientRequest.builder()
            .clientName("x".repeat(300))
            .accessTokenValidity(-5)
            .explicitAuthFlowsAsStrings(ImmutableList.of("NOT_A_FLOW", "ALLOW_USER_SRP_AUTH"))
            .build();
    assertThat(invalid.userPoolId()).isEmpty();
    assertThat(invalid.clientName()).hasValueSatisfying(n -> assertThat(n).hasSize(300));
    assertThat(invalid.explicitAuthFlows())
        .containsExactly(
            ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION,
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
    assertThat(invalid.toBuilder().build()).isEqualTo(invalid);
  }

  @Test
  void moduleExportsOnlyTheApiAndNeedsNoImmutablesAtRuntime() {
    ModuleDescriptor descriptor = UserPoolClientFactory.class.getModule().getDescriptor();
    if (descriptor == null) {
      // Running on the class path (e.g. under PIT): the module boundary cannot be observed.
      return;
    }
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder(
            "io.github.poolclient",
            "io.github.poolclient.advice",
            "io.github.poolclient.deploy",
            "io.github.poolclient.error",
            "io.github.poolclient.model",
            "io.github.poolclient.pool",
            "io.github.poolclient.service",
            "io.github.poolclient.testing",
            "io.github.poolclient.wire");
    for (ModuleDescriptor.Requires requires : descriptor.requires()) {
      if (requires.name().equals("org.immutables.value")
          || requires.name().equals("org.jspecify")
          || requires.name().equals("org.yaml.snakeyaml")) {
        assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC);
      }
    }
    Set<String> packages = descriptor.packages();
    assertThat(packages)
        .contains(
            "io.github.poolclient.defaults",
            "io.github.poolclient.generation",
            "io.github.poolclient.rules",
            "io.github.poolclient.validity");
  }

  private static Object fromValue(Class<?> enumType, String value) {
    try {
      return enumType.getMethod("fromValue", String.class).invoke(null, value);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static UserPoolClient record() {
    return Fixtures.client().clientSecret(SECRET).build();
  }
}
