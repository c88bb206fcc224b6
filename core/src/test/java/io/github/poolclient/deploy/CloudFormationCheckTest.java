package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the CloudFormation reader: intrinsics, unknown values, pool context and bad shapes. */
// YAML reads better one line per String.join argument, with its indentation visible.
@SuppressWarnings("StringConcatToTextBlock")
final class CloudFormationCheckTest {

  private static final String YAML_HEAD =
      String.join(
          "\n",
          "AWSTemplateFormatVersion: 2010-09-09",
          "Parameters:",
          "  DomainName:",
          "    Type: String",
          "  Env:",
          "    Type: String",
          "    Default: prod",
          "Conditions:",
          "  IsProd: !Equals [!Ref Env, prod]",
          "Resources:",
          "  Pool:",
          "    Type: AWS::Cognito::UserPool",
          "    Properties:",
          "      UserPoolTier: ESSENTIALS",
          "  Api:",
          "    Type: AWS::Cognito::UserPoolResourceServer",
          "    Properties:",
          "      UserPoolId: !Ref Pool",
          "      Identifier: https://api.example.com",
          "      Name: api",
          "      Scopes:",
          "        - ScopeName: read",
          "          ScopeDescription: read",
          "");

  private static DeployReport yaml(String clientProperties) {
    String text =
        YAML_HEAD
            + "  WebClient:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
            + "      UserPoolId: !Ref Pool\n"
            + clientProperties;
    return DeployCheck.cloudFormation(CloudFormationYaml.parse(text));
  }

  private static ClientReport only(DeployReport report) {
    assertThat(report.problems()).as(report.render()).isEmpty();
    assertThat(report.clients()).hasSize(1);
    return report.clients().get(0);
  }

  @Test
  void aCallbackOfAParameterWithoutDefaultIsNotCheckedAndRaisesNoAlarm() {
    ClientReport client =
        only(
            yaml(
                String.join(
                    "\n",
                    "      AllowedOAuthFlowsUserPoolClient: true",
                    "      AllowedOAuthFlows: [code]",
                    "      AllowedOAuthScopes: [openid]",
                    "      SupportedIdentityProviders: [COGNITO]",
                    "      CallbackURLs:",
                    "        - !Sub 'https://${DomainName}/cb'",
                    "")));
    assertThat(client.violations()).isEmpty();
    assertThat(client.verdict()).isEqualTo(Verdict.ACCEPT);
    assertThat(client.notChecked())
        .contains(
            NotChecked.of(
                "Resources.WebClient.Properties.CallbackURLs[0]",
                "the parameter DomainName has no Default",
                ImmutableList.of("M-13", "OA-07", "URL-08")));
  }

  @Test
  void aKnownBadEntryNextToAnUnknownOneIsStillReportedAtItsIndex() {
    ClientReport client =
        only(
            yaml(
                String.join(
                    "\n",
                    "      LogoutURLs:",
                    "        - !GetAtt Pool.ProviderURL",
                    "        - http://example.com/bye",
                    "")));
    assertThat(client.violations())
        .extracting(DeployViolation::ruleId, DeployViolation::path, DeployViolation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "URL-02",
                "Resources.WebClient.Properties.LogoutURLs[1]",
                "http://example.com/bye cannot use the HTTP protocol."));
  }

  @Test
  void parameterDefaultsConditionsAndFunctionsResolve() {
    ClientReport client =
        only(
            yaml(
                String.join(
                    "\n",
                    "      ClientName: !Join ['-', [web, !Ref Env]]",
                    "      AllowedOAuthFlowsUserPoolClient: true",
                    "      AllowedOAuthFlows: [client_credentials]",
                    "      GenerateSecret: !If [IsProd, 'true', !Ref AWS::NoValue]",
                    "      AllowedOAuthScopes:",
                    "        - !Join ['/', [!Ref Api, read]]",
                    "        - !Select [1, [a, !Sub '${Api}/write']]",
                    "")));
    assertThat(client.request().clientName()).contains("web-prod");
    assertThat(client.request().generateSecret()).contains(true);
    assertThat(client.violations())
        .extracting(DeployViolation::ruleId, DeployViolation::message, DeployViolation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "OA-08",
                "Invalid scope requested: https://api.example.com/write",
                "Resources.WebClient.Properties.AllowedOAuthScopes[1]"));
  }

  @Test
  void aPoolFromOutsideTheTemplateLeavesPoolRulesUncheckedButChecksTheRest() {
    Map<String, Object> template =
        ImmutableMap.of(
            "Resources",
            ImmutableMap.of(
                "C",
                ImmutableMap.of(
                    "Type",
                    "AWS::Cognito::UserPoolClient",
                    "Properties",
                    ImmutableMap.of(
                        "UserPoolId", ImmutableMap.of("Fn::ImportValue", "shared-pool"),
                        "AllowedOAuthScopes", List.of("https://unknown.example.com/x"),
                        "AccessTokenValidity", 25))));
    ClientReport client = only(DeployCheck.cloudFormation(template));
    assertThat(client.violations()).extracting(DeployViolation::ruleId).containsExactly("TV-03");
    assertThat(client.errorMessage()).contains("Invalid range for token validity.");
    assertThat(client.notChecked())
        .anySatisfy(
            n -> {
              assertThat(n.path()).isEqualTo("Resources.C.Properties.UserPoolId");
              assertThat(n.reason()).isEqualTo("Fn::ImportValue is known only at deploy");
              assertThat(n.ruleIds()).contains("M-01", "OA-08", "OA-11", "ATTR-04", "EAF-07");
            });
  }

  @Test
  void anAbsentClientNameIsNotAViolation() {
    ClientReport client = only(yaml("      GenerateSecret: false\n"));
    assertThat(client.violations()).isEmpty();
    assertThat(client.request().clientName()).contains("WebClient");
  }

  @Test
  void shortAndLongFormsGiveTheSameReport() {
    String body =
        String.join(
            "\n",
            "      ClientName: !Sub 'web-${Env}'",
            "      CallbackURLs: [!Join ['', ['http://', !Ref Env, '.example.com/cb']]]",
            "      LogoutURLs: [!GetAtt Pool.Arn]",
            "      ExplicitAuthFlows: !Split [',', 'ALLOW_USER_SRP_AUTH,ADMIN_NO_SRP_AUTH']",
            "");
    DeployReport shortForm = yaml(body);
    Map<String, Object> longForm =
        CloudFormationYaml.parse(
            (YAML_HEAD
                    + "  WebClient:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
                    + "      UserPoolId: {Ref: Pool}\n"
                    + String.join(
                        "\n",
                        "      ClientName: {'Fn::Sub': 'web-${Env}'}",
                        "      CallbackURLs: [{'Fn::Join': ['', ['http://', {Ref: Env}, '.example.com/cb']]}]",
                        "      LogoutURLs: [{'Fn::GetAtt': [Pool, Arn]}]",
                        "      ExplicitAuthFlows: {'Fn::Split': [',', 'ALLOW_USER_SRP_AUTH,ADMIN_NO_SRP_AUTH']}",
                        ""))
                .replace(
                    "IsProd: !Equals [!Ref Env, prod]",
                    "IsProd: {'Fn::Equals': [{Ref: Env}, prod]}")
                .replace("UserPoolId: !Ref Pool", "UserPoolId: {Ref: Pool}"));
    assertThat(DeployCheck.cloudFormation(longForm)).isEqualTo(shortForm);
    assertThat(shortForm.violations())
        .extracting(DeployViolation::ruleId)
        .containsExactly("EAF-03", "EAF-04", "URL-02");
  }

  @Test
  void rendersAPlainTextReportForACiLog() {
    DeployReport report = yaml("      CallbackURLs: [http://example.com/cb, !GetAtt Pool.Arn]\n");
    assertThat(report.render())
        .isEqualTo(
            String.join(
                "\n",
                "poolclient: 1 app client, 1 rejected",
                "WebClient: REJECT (InvalidParameterException: http://example.com/cb cannot use the"
                    + " HTTP protocol.)",
                "  URL-02 Resources.WebClient.Properties.CallbackURLs[0]: InvalidParameterException:"
                    + " http://example.com/cb cannot use the HTTP protocol.",
                "  not checked Resources.WebClient.Properties.CallbackURLs[1] (Fn::GetAtt Pool.Arn is"
                    + " known only at deploy): M-13, OA-07, URL-08",
                ""));
  }

  @Test
  void aTemplateWithoutResourcesIsAProblemNotAnException() {
    DeployReport report = DeployCheck.cloudFormation(ImmutableMap.of("Parameters", List.of()));
    assertThat(report.problems())
        .containsExactly(
            DefinitionProblem.of("Parameters", "expected an object, got a list"),
            DefinitionProblem.of("Resources", "the template has no Resources"));
    assertThat(report.passed()).isFalse();
  }

  @Test
  void wrongTypesAreProblemsNamingThePath() {
    ClientReport client =
        only(yaml("      CallbackURLs: https://example.com/cb\n      AccessTokenValidity: soon\n"));
    assertThat(client.problems())
        .containsExactlyInAnyOrder(
            DefinitionProblem.of(
                "Resources.WebClient.Properties.AccessTokenValidity",
                "expected a 32-bit integer, got a string"),
            DefinitionProblem.of(
                "Resources.WebClient.Properties.CallbackURLs",
                "expected a list of strings, got a string"));
    assertThat(client.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(client.violations()).isEmpty();
  }

  @Test
  void circularRefsAndUnknownIntrinsicsAreReportedNotThrown() {
    Map<String, Object> template =
        ImmutableMap.of(
            "Resources",
            ImmutableMap.of(
                "Pool",
                ImmutableMap.of("Type", "AWS::Cognito::UserPool"),
                "Loop",
                ImmutableMap.of(
                    "Type",
                    "AWS::Cognito::UserPoolResourceServer",
                    "Properties",
                    ImmutableMap.of(
                        "UserPoolId",
                        ImmutableMap.of("Ref", "Pool"),
                        "Identifier",
                        ImmutableMap.of(
                            "Fn::Join", List.of("", List.of(ImmutableMap.of("Ref", "Loop")))))),
                "C",
                ImmutableMap.of(
                    "Type",
                    "AWS::Cognito::UserPoolClient",
                    "Properties",
                    ImmutableMap.of(
                        "UserPoolId", ImmutableMap.of("Ref", "Pool"),
                        "AllowedOAuthScopes",
                            List.of(
                                ImmutableMap.of(
                                    "Fn::Join",
                                    List.of("/", List.of(ImmutableMap.of("Ref", "Loop"), "read")))),
                        "LogoutURLs", List.of(ImmutableMap.of("Fn::Frobnicate", "x"))))));
    DeployReport report = DeployCheck.cloudFormation(template);
    ClientReport client = report.clients().get(0);
    assertThat(client.problems())
        .extracting(DefinitionProblem::message)
        .contains("circular reference: Ref Loop refers back to itself");
    assertThat(client.violations()).isEmpty();
    assertThat(client.notChecked())
        .extracting(NotChecked::reason)
        .contains("Fn::Frobnicate is not an intrinsic function poolclient resolves");
  }

  @Test
  void hugeListsAndDeepNestingGiveReportsNotStackTraces() {
    List<Object> urls = new ArrayList<>(Collections.nCopies(100_000, "https://example.com/cb"));
    Object deep = "x";
    for (int i = 0; i < 10_000; i++) {
      deep = List.of(deep);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("UserPoolId", "us-east-1_Abc");
    properties.put("CallbackURLs", urls);
    properties.put("ReadAttributes", deep);
    DeployReport report =
        DeployCheck.cloudFormation(
            ImmutableMap.of(
                "Resources",
                ImmutableMap.of(
                    "C",
                    ImmutableMap.of(
                        "Type", "AWS::Cognito::UserPoolClient", "Properties", properties))));
    ClientReport client = report.clients().get(0);
    assertThat(client.violations()).extracting(DeployViolation::ruleId).containsExactly("M-13");
    assertThat(client.problems())
        .extracting(DefinitionProblem::message)
        .contains("nested deeper than 64 levels");
  }

  @Test
  void malformedYamlIsAClearException() {
    assertThatThrownBy(() -> CloudFormationYaml.parse("Resources: [a, b"))
        .isInstanceOf(DefinitionParseException.class)
        .hasMessageStartingWith("not a YAML template: ");
    assertThatThrownBy(() -> CloudFormationYaml.parse("- a"))
        .isInstanceOf(DefinitionParseException.class)
        .hasMessage("not a CloudFormation template: expected a mapping at the top, got a list");
  }
}
