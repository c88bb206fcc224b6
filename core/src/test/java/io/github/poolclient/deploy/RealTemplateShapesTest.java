package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/**
 * Shapes of real public templates that once raised false alarms (found by running the deploy check
 * over 42 public CloudFormation and SAM templates): each fixture here is ours, reduced to the shape
 * that mattered.
 */
// YAML reads better one line per String.join argument, with its indentation visible.
@SuppressWarnings("StringConcatToTextBlock")
final class RealTemplateShapesTest {

  private static DeployReport yaml(String... lines) {
    return DeployCheck.cloudFormation(CloudFormationYaml.parse(String.join("\n", lines) + "\n"));
  }

  private static final String[] POOL = {
    "  Pool:", "    Type: AWS::Cognito::UserPool", "    Properties:", "      UserPoolName: pool"
  };

  private static String[] with(String[] head, String... rest) {
    String[] all = new String[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  @Test
  void listParameterMembersAreSpaceTrimmedAsCloudFormationDoes() {
    // A CommaDelimitedList default written with a space after each comma (a common sample shape).
    DeployReport report =
        yaml(
            with(
                new String[] {
                  "Parameters:",
                  "  OAuthScopes:",
                  "    Type: CommaDelimitedList",
                  "    Default: 'phone, email, profile, openid'",
                  "Resources:"
                },
                with(
                    POOL,
                    "  Client:",
                    "    Type: AWS::Cognito::UserPoolClient",
                    "    Properties:",
                    "      UserPoolId: !Ref Pool",
                    "      AllowedOAuthFlowsUserPoolClient: true",
                    "      AllowedOAuthFlows: [code]",
                    "      AllowedOAuthScopes: !Ref OAuthScopes",
                    "      SupportedIdentityProviders: [COGNITO]",
                    "      CallbackURLs: [https://app.example.com/cb]")));

    assertThat(report.passed()).as(report.render()).isTrue();
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void listParameterOverridesAreSpaceTrimmedToo() {
    DeployReport report =
        DeployCheck.cloudFormation(
            CloudFormationYaml.parse(
                String.join(
                        "\n",
                        with(
                            new String[] {
                              "Parameters:",
                              "  Callbacks:",
                              "    Type: CommaDelimitedList",
                              "Resources:"
                            },
                            with(
                                POOL,
                                "  Client:",
                                "    Type: AWS::Cognito::UserPoolClient",
                                "    Properties:",
                                "      UserPoolId: !Ref Pool",
                                "      AllowedOAuthFlowsUserPoolClient: true",
                                "      AllowedOAuthFlows: [code]",
                                "      AllowedOAuthScopes: [openid]",
                                "      SupportedIdentityProviders: [COGNITO]",
                                "      CallbackURLs: !Ref Callbacks")))
                    + "\n"),
            ImmutableMap.of("Callbacks", "https://a.example.com/cb , https://b.example.com/cb"));

    assertThat(report.passed()).as(report.render()).isTrue();
  }

  @Test
  void namesATransformGeneratesAreUnknownNotProblems() {
    DeployReport report =
        yaml(
            with(
                new String[] {"Transform: AWS::Serverless-2016-10-31", "Resources:"},
                with(
                    POOL,
                    "  Client:",
                    "    Type: AWS::Cognito::UserPoolClient",
                    "    Properties:",
                    "      UserPoolId: !Ref Pool",
                    "      AllowedOAuthFlowsUserPoolClient: true",
                    "      AllowedOAuthFlows: [code]",
                    "      AllowedOAuthScopes: [openid]",
                    "      SupportedIdentityProviders: [COGNITO]",
                    "      CallbackURLs:",
                    "        - !Sub 'https://${ServerlessRestApi}.execute-api.${AWS::Region}"
                        + ".amazonaws.com/Prod/cb'",
                    "      LogoutURLs: [!GetAtt FnRole.Arn]")));

    assertThat(report.passed()).as(report.render()).isTrue();
    ClientReport client = report.clients().get(0);
    assertThat(client.notChecked())
        .anySatisfy(note -> assertThat(note.reason()).contains("ServerlessRestApi"))
        .anySatisfy(note -> assertThat(note.reason()).contains("FnRole"));
  }

  @Test
  void withoutATransformAnUnknownNameIsStillAProblem() {
    DeployReport report =
        yaml(
            with(
                new String[] {"Resources:"},
                with(
                    POOL,
                    "  Client:",
                    "    Type: AWS::Cognito::UserPoolClient",
                    "    Properties:",
                    "      UserPoolId: !Ref Pool",
                    "      LogoutURLs: [!GetAtt FnRole.Arn]")));

    assertThat(report.passed()).isFalse();
    assertThat(report.clients().get(0).problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("FnRole"));
  }

  @Test
  void aForEachLoopIsNotCheckedAndDoesNotFailTheOtherClients() {
    DeployReport report =
        yaml(
            with(
                new String[] {"Transform: AWS::LanguageExtensions", "Resources:"},
                with(
                    POOL,
                    "  Fn::ForEach::Clients:",
                    "    - Name",
                    "    - [A, B]",
                    "    - Client${Name}:",
                    "        Type: AWS::Cognito::UserPoolClient",
                    "        Properties:",
                    "          UserPoolId: !Ref Pool",
                    "  Client:",
                    "    Type: AWS::Cognito::UserPoolClient",
                    "    Properties:",
                    "      UserPoolId: !Ref Pool")));

    assertThat(report.passed()).as(report.render()).isTrue();
    assertThat(report.clients()).extracting(ClientReport::resource).containsExactly("Client");
    assertThat(report.notChecked())
        .singleElement()
        .satisfies(note -> assertThat(note.path()).isEqualTo("Resources.Fn::ForEach::Clients"));
    assertThat(report.render()).contains("not checked Resources.Fn::ForEach::Clients");
  }

  @Test
  void aProblemOfThePoolIsReportedOnceForTheTemplateNotOncePerClient() {
    DeployReport report =
        yaml(
            "Resources:",
            "  Pool:",
            "    Type: AWS::Cognito::UserPool",
            "    Properties:",
            "      UserPoolName: !FindInMap [Names, pool, missing]",
            "  ClientA:",
            "    Type: AWS::Cognito::UserPoolClient",
            "    Properties:",
            "      UserPoolId: !Ref Pool",
            "  ClientB:",
            "    Type: AWS::Cognito::UserPoolClient",
            "    Properties:",
            "      UserPoolId: !Ref Pool");

    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().get(0).path()).startsWith("Resources.Pool.Properties");
    assertThat(report.clients())
        .allSatisfy(
            client -> {
              assertThat(client.problems()).isEmpty();
              assertThat(client.verdict()).isEqualTo(Verdict.ACCEPT);
            });
    assertThat(report.passed()).isFalse(); // the pool itself would fail the deploy
  }

  @Test
  void findInMapTakesItsDefaultValueForAMissingKey() {
    DeployReport report =
        yaml(
            with(
                new String[] {
                  "Transform: AWS::LanguageExtensions",
                  "Mappings:",
                  "  Urls:",
                  "    prod: {Callback: https://app.example.com/cb}",
                  "Resources:"
                },
                with(
                    POOL,
                    "  Client:",
                    "    Type: AWS::Cognito::UserPoolClient",
                    "    Properties:",
                    "      UserPoolId: !Ref Pool",
                    "      AllowedOAuthFlowsUserPoolClient: true",
                    "      AllowedOAuthFlows: [code]",
                    "      AllowedOAuthScopes: [openid]",
                    "      SupportedIdentityProviders: [COGNITO]",
                    "      CallbackURLs:",
                    "        - !FindInMap [Urls, dev, Callback, {DefaultValue: 'http://example.com/cb'}]")));

    // The default is used, and judged: an http URL that is not localhost is URL-02.
    assertThat(report.clients().get(0).problems()).as(report.render()).isEmpty();
    assertThat(report.violations())
        .singleElement()
        .satisfies(violation -> assertThat(violation.ruleId()).isEqualTo("URL-02"));
  }
}
