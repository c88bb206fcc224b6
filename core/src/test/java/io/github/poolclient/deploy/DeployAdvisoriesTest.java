package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks the advisories of the deploy checks: ADV-13 and ADV-14 from the dependency graph of a
 * template or plan, ADV-01..ADV-11 on the request a client means, the policy, suppressions in the
 * definition, and the CI floor.
 */
// YAML reads better one line per String.join argument, with its indentation visible.
@SuppressWarnings("StringConcatToTextBlock")
final class DeployAdvisoriesTest {

  private static final String ADV_13 =
      "Client may be created before the resource server → ScopeDoesNotExistException \"Invalid"
          + " scope requested: …\": resource server https://api.example.com has no dependency from"
          + " this client (scope read)";
  private static final String ADV_14 =
      "Client may be created before the IdP → \"The provider X does not exist for User Pool …\":"
          + " identity provider Google has no dependency from this client";

  /** A pool, its resource server and Google provider, and a client; the client's extra lines. */
  private static String template(String clientResourceLines, String clientPropertyLines) {
    return String.join(
        "\n",
        "Resources:",
        "  Pool:",
        "    Type: AWS::Cognito::UserPool",
        "  Api:",
        "    Type: AWS::Cognito::UserPoolResourceServer",
        "    Properties:",
        "      UserPoolId: !Ref Pool",
        "      Identifier: https://api.example.com",
        "      Name: api",
        "      Scopes: [{ScopeName: read, ScopeDescription: read}]",
        "  Google:",
        "    Type: AWS::Cognito::UserPoolIdentityProvider",
        "    Properties:",
        "      UserPoolId: !Ref Pool",
        "      ProviderName: Google",
        "      ProviderType: Google",
        "  WebClient:",
        "    Type: AWS::Cognito::UserPoolClient",
        clientResourceLines,
        "    Properties:",
        "      UserPoolId: !Ref Pool",
        "      GenerateSecret: true",
        "      PreventUserExistenceErrors: ENABLED",
        "      ExplicitAuthFlows: [ALLOW_REFRESH_TOKEN_AUTH]",
        "      WriteAttributes: [email]",
        "      AllowedOAuthFlowsUserPoolClient: true",
        "      AllowedOAuthFlows: [code]",
        "      CallbackURLs: [https://example.com/cb]",
        clientPropertyLines,
        "");
  }

  private static final String SCOPES =
      "      AllowedOAuthScopes: [openid, https://api.example.com/read]";
  private static final String PROVIDERS = "      SupportedIdentityProviders: [COGNITO, Google]";

  private static DeployReport cfn(String resourceLines, String propertyLines) {
    return DeployCheck.cloudFormation(
        CloudFormationYaml.parse(template(resourceLines, propertyLines)));
  }

  private static ClientReport only(DeployReport report) {
    assertThat(report.problems()).as(report.render()).isEmpty();
    assertThat(report.clients()).hasSize(1);
    return report.clients().get(0);
  }

  @Test
  void aCustomScopeWithoutDependencyOnItsResourceServerGivesAdv13() {
    ClientReport client = only(cfn("", SCOPES));
    assertThat(client.violations()).isEmpty();
    assertThat(client.advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::severity, DeployAdvisory::path)
        .containsExactly(
            tuple("ADV-13", Severity.HIGH, "Resources.WebClient.Properties.AllowedOAuthScopes[1]"));
    assertThat(client.advisories().get(0).message()).isEqualTo(ADV_13);
    assertThat(client.advisories().get(0).advisory().field())
        .isEqualTo("Resources.WebClient.Properties.AllowedOAuthScopes[1]");
  }

  @Test
  void dependsOnOrAReferenceToTheResourceServerMeansNoAdv13() {
    assertThat(only(cfn("    DependsOn: Api", SCOPES)).advisories()).isEmpty();
    assertThat(only(cfn("    DependsOn: [Google, Api]", SCOPES)).advisories()).isEmpty();
    assertThat(
            only(cfn("", "      AllowedOAuthScopes: [openid, !Join ['/', [!Ref Api, read]]]"))
                .advisories())
        .isEmpty();
    assertThat(only(cfn("", "      AllowedOAuthScopes: [openid, !Sub '${Api}/read']")).advisories())
        .isEmpty();
    // A dependency through another resource orders the client after the server too.
    String viaTopic =
        template("    DependsOn: Topic", SCOPES)
            .replace(
                "  WebClient:",
                "  Topic:\n    Type: AWS::SNS::Topic\n    DependsOn: Api\n  WebClient:");
    assertThat(only(DeployCheck.cloudFormation(CloudFormationYaml.parse(viaTopic))).advisories())
        .isEmpty();
  }

  @Test
  void anIdentityProviderWithoutDependencyGivesAdv14AndDependsOnRemovesIt() {
    ClientReport client = only(cfn("", PROVIDERS));
    assertThat(client.advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::path, DeployAdvisory::message)
        .containsExactly(
            tuple(
                "ADV-14", "Resources.WebClient.Properties.SupportedIdentityProviders[1]", ADV_14));
    assertThat(only(cfn("    DependsOn: [Google]", PROVIDERS)).advisories()).isEmpty();
    assertThat(
            only(cfn("", "      SupportedIdentityProviders: [COGNITO, !Ref Google]")).advisories())
        .isEmpty();
  }

  @Test
  void theYamlShortFormGivesTheSameReportAsTheLongForm() {
    String shortForm = template("", SCOPES + "\n" + PROVIDERS);
    String longForm =
        shortForm
            .replace("!Ref Pool", "{Ref: Pool}")
            .replace("UserPoolId: {Ref: Pool}", "UserPoolId: {Ref: Pool}");
    DeployReport fromShort = DeployCheck.cloudFormation(CloudFormationYaml.parse(shortForm));
    assertThat(DeployCheck.cloudFormation(CloudFormationYaml.parse(longForm))).isEqualTo(fromShort);
    assertThat(fromShort.advisories())
        .extracting(DeployAdvisory::id)
        .containsExactly("ADV-13", "ADV-14");
  }

  @Test
  void metadataSuppressesOneAdvisoryWithAReasonAndTheReportStillShowsIt() {
    String metadata =
        String.join(
            "\n",
            "    Metadata:",
            "      poolclient:",
            "        suppress:",
            "          - id: ADV-13",
            "            reason: the API stack deploys the resource server first");
    DeployReport report = cfn(metadata, SCOPES);
    ClientReport client = only(report);
    assertThat(client.advisories())
        .extracting(
            DeployAdvisory::id, DeployAdvisory::suppressed, DeployAdvisory::suppressionReason)
        .containsExactly(
            tuple("ADV-13", true, Optional.of("the API stack deploys the resource server first")));
    assertThat(report.passed(Severity.INFO)).isTrue();
    assertThat(report.render())
        .contains(
            "  ADV-13 HIGH suppressed (the API stack deploys the resource server first)"
                + " Resources.WebClient.Properties.AllowedOAuthScopes[1]: ");
  }

  @Test
  void malformedSuppressionMetadataIsADefinitionProblem() {
    String metadata =
        String.join(
            "\n",
            "    Metadata:",
            "      poolclient:",
            "        suppress:",
            "          - id: ADV-99",
            "            reason: typo",
            "          - id: ADV-04",
            "          - ADV-05",
            "        silence: true");
    DeployReport report = cfn(metadata, SCOPES);
    ClientReport client = report.clients().get(0);
    String at = "Resources.WebClient.Metadata.poolclient";
    assertThat(client.problems())
        .containsExactly(
            DefinitionProblem.of(at + ".silence", "unknown key: poolclient reads only suppress"),
            DefinitionProblem.of(at + ".suppress[0].id", "no advisory ADV-99 in the catalogue"),
            DefinitionProblem.of(
                at + ".suppress[1].reason",
                "a suppression needs a reason (a non-blank string), got nothing"),
            DefinitionProblem.of(
                at + ".suppress[2]", "expected an object with id and reason, got a string"));
    assertThat(client.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(cfn("    Metadata: {poolclient: [ADV-04]}", SCOPES).clients().get(0).problems())
        .containsExactly(
            DefinitionProblem.of(at, "expected an object with a suppress list, got a list"));
  }

  @Test
  void aCiFailsOnAdvisoriesAtOrAboveTheFloorThatAreNotSuppressed() {
    DeployReport report = cfn("", SCOPES);
    assertThat(report.passed()).isTrue();
    assertThat(report.passed(Severity.HIGH)).isFalse();
    assertThat(report.failures(Severity.HIGH))
        .extracting(DeployAdvisory::id)
        .containsExactly("ADV-13");
    DeployReport quiet = cfn("    DependsOn: Api", SCOPES);
    assertThat(quiet.passed(Severity.LOW)).isTrue();
    AdvicePolicy suppressed =
        AdvicePolicy.builder().putSuppressions("ADV-13", "deployed by an earlier stack").build();
    DeployReport withPolicy =
        DeployCheck.cloudFormation(CloudFormationYaml.parse(template("", SCOPES)), suppressed);
    assertThat(withPolicy.passed(Severity.INFO)).isTrue();
    assertThat(withPolicy.advisories())
        .extracting(DeployAdvisory::suppressed)
        .containsExactly(true);
  }

  @Test
  void theCallersPolicyDecidesWhichRequestAdvisoriesRun() {
    String loopback = "      CallbackURLs: [http://localhost:3000/cb]";
    String text =
        template("", "").replace("      CallbackURLs: [https://example.com/cb]", loopback);
    Map<String, Object> tpl = CloudFormationYaml.parse(text);
    assertThat(DeployCheck.cloudFormation(tpl).advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::path)
        .containsExactly(tuple("ADV-04", "Resources.WebClient.Properties.CallbackURLs[0]"));
    assertThat(
            DeployCheck.cloudFormation(tpl, AdvicePolicy.builder().addDisabled("ADV-04").build())
                .advisories())
        .isEmpty();
  }

  @Test
  void anAdvisoryThatReadsAValueKnownOnlyAtDeployIsNotEmittedButListed() {
    String text =
        String.join(
                "\n",
                "Parameters:",
                "  Mode: {Type: String}",
                "Conditions:",
                "  Strict: !Equals [!Ref Mode, strict]",
                "")
            + template("", "")
                .replace(
                    "      PreventUserExistenceErrors: ENABLED",
                    "      PreventUserExistenceErrors: !If [Strict, ENABLED, LEGACY]");
    ClientReport client = only(DeployCheck.cloudFormation(CloudFormationYaml.parse(text)));
    assertThat(client.advisories()).isEmpty();
    assertThat(client.notChecked())
        .extracting(NotChecked::path, NotChecked::advisoryIds)
        .contains(
            tuple(
                "Resources.WebClient.Properties.PreventUserExistenceErrors",
                ImmutableList.of("ADV-01")));
  }

  // ---- Terraform ----------------------------------------------------------------------------

  private static final String CLIENT = "aws_cognito_user_pool_client.web";
  private static final String SERVER = "aws_cognito_resource_server.api";

  private static Map<String, Object> tfPlan(Map<String, Object> clientValues) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(clientValues);
    values.put("generate_secret", true);
    values.put("prevent_user_existence_errors", "ENABLED");
    values.put("explicit_auth_flows", List.of("ALLOW_REFRESH_TOKEN_AUTH"));
    values.put("write_attributes", List.of("email"));
    Map<String, Object> plan = TerraformPlanCheckTest.plan("ESSENTIALS", values, ImmutableMap.of());
    return new ObjectMapper().convertValue(plan, new TypeReference<Map<String, Object>>() {});
  }

  /** Returns the map at {@code keys} inside a plan. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> node, String... keys) {
    Map<String, Object> at = node;
    for (String key : keys) {
      at = (Map<String, Object>) Objects.requireNonNull(at.get(key), key);
    }
    return at;
  }

  /** Returns the list under {@code key}. */
  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> node, String key) {
    return (List<Object>) Objects.requireNonNull(node.get(key), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> clientConfig(Map<String, Object> plan) {
    for (Object resource : list(map(plan, "configuration", "root_module"), "resources")) {
      Map<String, Object> map = (Map<String, Object>) resource;
      if (CLIENT.equals(map.get("address"))) {
        return map;
      }
    }
    throw new AssertionError("no client in the plan");
  }

  private static final Map<String, Object> TF_SCOPES =
      ImmutableMap.of("allowed_oauth_scopes", List.of("https://api.example.com/read", "openid"));

  @Test
  void aTerraformClientWithAScopeOfAResourceServerItDoesNotDependOnGivesAdv13() {
    DeployReport report = DeployCheck.terraformPlan(tfPlan(TF_SCOPES));
    assertThat(report.advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::path, DeployAdvisory::message)
        .containsExactly(tuple("ADV-13", CLIENT + ".allowed_oauth_scopes[0]", ADV_13));
  }

  @Test
  void dependsOnOrAnExpressionReferenceToTheServerMeansNoAdv13InTerraform() {
    Map<String, Object> withDependsOn = tfPlan(TF_SCOPES);
    clientConfig(withDependsOn).put("depends_on", List.of(SERVER));
    assertThat(DeployCheck.terraformPlan(withDependsOn).advisories()).isEmpty();

    Map<String, Object> withReference = tfPlan(TF_SCOPES);
    Map<String, Object> expressions = map(clientConfig(withReference), "expressions");
    expressions.put(
        "allowed_oauth_scopes",
        ImmutableMap.of("references", List.of(SERVER + ".scope_identifiers", SERVER)));
    assertThat(DeployCheck.terraformPlan(withReference).advisories()).isEmpty();

    Map<String, Object> throughLocal = tfPlan(TF_SCOPES);
    Map<String, Object> localExpressions = map(clientConfig(throughLocal), "expressions");
    localExpressions.put("allowed_oauth_scopes", ImmutableMap.of("references", List.of("local.s")));
    ClientReport client = DeployCheck.terraformPlan(throughLocal).clients().get(0);
    assertThat(client.advisories()).isEmpty();
    assertThat(client.notChecked())
        .contains(
            NotChecked.of(
                    CLIENT,
                    "its dependencies go through local.s, which a plan does not show",
                    ImmutableList.of())
                .withAdvisoryIds("ADV-13", "ADV-14"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTerraformIdentityProviderWithoutDependencyGivesAdv14() {
    Map<String, Object> plan =
        tfPlan(ImmutableMap.of("supported_identity_providers", List.of("COGNITO", "Google")));
    String provider = "aws_cognito_identity_provider.google";
    list(map(plan, "planned_values", "root_module"), "resources")
        .add(
            ImmutableMap.of(
                "address", provider,
                "mode", "managed",
                "type", "aws_cognito_identity_provider",
                "name", "google",
                "values", ImmutableMap.of("provider_name", "Google", "provider_type", "Google")));
    list(map(plan, "configuration", "root_module"), "resources")
        .add(
            ImmutableMap.of(
                "address",
                provider,
                "expressions",
                ImmutableMap.of(
                    "user_pool_id",
                    ImmutableMap.of(
                        "references",
                        List.of("aws_cognito_user_pool.main.id", "aws_cognito_user_pool.main")))));
    assertThat(DeployCheck.terraformPlan(plan).advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::path, DeployAdvisory::message)
        .containsExactly(tuple("ADV-14", CLIENT + ".supported_identity_providers[1]", ADV_14));
    clientConfig(plan).put("depends_on", List.of(provider));
    assertThat(DeployCheck.terraformPlan(plan).advisories()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSuppressionsOutputSuppressesPerClientAndReportsMistakes() {
    Map<String, Object> plan = tfPlan(TF_SCOPES);
    Map<String, Object> outputs =
        ImmutableMap.of(
            TerraformPlanReader.SUPPRESSIONS_OUTPUT,
            ImmutableMap.of(
                "sensitive",
                false,
                "value",
                ImmutableMap.of(
                    CLIENT,
                    ImmutableMap.of("ADV-13", "servers are applied by an earlier workspace"))));
    map(plan, "planned_values").put("outputs", outputs);
    DeployReport report = DeployCheck.terraformPlan(plan);
    assertThat(report.problems()).isEmpty();
    assertThat(report.advisories())
        .extracting(DeployAdvisory::id, DeployAdvisory::suppressionReason)
        .containsExactly(
            tuple("ADV-13", Optional.of("servers are applied by an earlier workspace")));
    assertThat(report.passed(Severity.INFO)).isTrue();

    map(plan, "planned_values")
        .put(
            "outputs",
            ImmutableMap.of(
                TerraformPlanReader.SUPPRESSIONS_OUTPUT,
                ImmutableMap.of(
                    "value",
                    ImmutableMap.of(
                        "aws_cognito_user_pool_client.mobile",
                        ImmutableMap.of("ADV-13", "x"),
                        CLIENT,
                        ImmutableMap.of("ADV-13", " ")))));
    String at = "planned_values.outputs.poolclient_suppressions.value";
    assertThat(DeployCheck.terraformPlan(plan).problems())
        .containsExactly(
            DefinitionProblem.of(
                at + "[\"aws_cognito_user_pool_client.mobile\"]",
                "no aws_cognito_user_pool_client of that address in the plan"),
            DefinitionProblem.of(
                at + "[\"" + CLIENT + "\"][\"ADV-13\"]",
                "a suppression needs a reason (a non-blank string), got a blank string"));
  }
}
