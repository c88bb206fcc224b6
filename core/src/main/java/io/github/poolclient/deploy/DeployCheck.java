package io.github.poolclient.deploy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.poolclient.advice.AdvicePolicy;
import java.util.Map;

/**
 * Checks the app clients of a deploy definition before deploy, against the pool context the same
 * definition declares.
 *
 * <p>Input is plain Java values as a JSON library hands them over ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}, {@code null}); poolclient reads no file. For a
 * YAML template with short-form tags ({@code !Ref}, {@code !Sub}, ...), see {@link
 * CloudFormationYaml}.
 *
 * <pre>{@code
 * DeployReport report = DeployCheck.cloudFormation(template);
 * assertTrue(report.passed(), report::render);
 * }</pre>
 *
 * <p>A value known only at deploy time is never guessed: every rule that needs it is reported in
 * {@link ClientReport#notChecked()} and yields no violation. Malformed definitions give {@link
 * DefinitionProblem}s naming the path; no input makes these methods throw, except a null argument.
 */
public final class DeployCheck {
  private DeployCheck() {}

  /**
   * Returns the report of every {@code AWS::Cognito::UserPoolClient} of a CloudFormation template
   * (JSON, or YAML in the long form of the intrinsic functions), parameters taking their {@code
   * Default}.
   *
   * @throws NullPointerException if {@code template} is null
   */
  public static DeployReport cloudFormation(Map<String, ?> template) {
    return cloudFormation(template, ImmutableMap.of());
  }

  /**
   * Returns the report of every {@code AWS::Cognito::UserPoolClient} of a CloudFormation template,
   * with the given parameter values (as {@code --parameter-overrides} passes them) instead of the
   * defaults.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DeployReport cloudFormation(
      Map<String, ?> template, Map<String, String> parameterValues) {
    return cloudFormation(template, parameterValues, AdvicePolicy.defaults());
  }

  /**
   * Returns the report of every {@code AWS::Cognito::UserPoolClient} of a CloudFormation template,
   * parameters taking their {@code Default}, with the advisories {@code policy} asks for; a
   * client's {@code Metadata.poolclient.suppress} adds its own suppressions.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DeployReport cloudFormation(Map<String, ?> template, AdvicePolicy policy) {
    return cloudFormation(template, ImmutableMap.of(), policy);
  }

  /**
   * Returns the report of every {@code AWS::Cognito::UserPoolClient} of a CloudFormation template,
   * with the given parameter values instead of the defaults and the advisories {@code policy} asks
   * for.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DeployReport cloudFormation(
      Map<String, ?> template, Map<String, String> parameterValues, AdvicePolicy policy) {
    checkNotNull(template, "template");
    checkNotNull(parameterValues, "parameterValues");
    checkNotNull(policy, "policy");
    CloudFormationReader.Result read =
        CloudFormationReader.read(template, ImmutableMap.copyOf(parameterValues));
    return report(read, policy);
  }

  /**
   * Returns the report of every {@code aws_cognito_user_pool_client} of a Terraform plan, given as
   * the JSON of {@code terraform show -json <plan file>}.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public static DeployReport terraformPlan(Map<String, ?> plan) {
    return terraformPlan(plan, AdvicePolicy.defaults());
  }

  /**
   * Returns the report of every {@code aws_cognito_user_pool_client} of a Terraform plan, with the
   * advisories {@code policy} asks for; the root module's {@code poolclient_suppressions} output
   * adds per-client suppressions.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DeployReport terraformPlan(Map<String, ?> plan, AdvicePolicy policy) {
    checkNotNull(plan, "plan");
    checkNotNull(policy, "policy");
    return report(TerraformPlanReader.read(plan), policy);
  }

  private static DeployReport report(CloudFormationReader.Result read, AdvicePolicy policy) {
    DeployReport.Builder report =
        DeployReport.builder().addAllProblems(read.problems()).addAllNotChecked(read.notChecked());
    for (ClientDefinition client : read.clients()) {
      report.addClients(ClientChecker.check(client, policy));
    }
    return report.build();
  }
}
