package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.poolclient.testing.ArbitraryBodies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds parser-shaped garbage ({@link ArbitraryBodies}) to both readers, as client properties, as
 * whole templates and plans, and as Terraform values: a report always comes back, never an
 * exception, and every wrong type is a problem with a path.
 */
final class DeployRobustnessProperties {

  private static final int TRIES = Integer.getInteger("poolclient.tries", 200);

  static LongStream seeds() {
    return LongStream.range(0, TRIES);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyPropertiesGiveAReportNotAnException(long seed) {
    Map<String, Object> body =
        new HashMap<>(ArbitraryBodies.bodies().next(new SplittableRandom(seed)));
    Map<String, Object> template =
        Map.of(
            "Resources",
            Map.of(
                "Pool", Map.of("Type", "AWS::Cognito::UserPool"),
                "C", Map.of("Type", "AWS::Cognito::UserPoolClient", "Properties", withPool(body))));
    assertThatCode(
            () -> {
              DeployReport report = DeployCheck.cloudFormation(template);
              assertThat(report.clients()).as("seed %s", seed).hasSize(1);
              report
                  .clients()
                  .get(0)
                  .problems()
                  .forEach(p -> assertThat(p.path()).startsWith("Resources.C"));
              assertThat(report.render()).isNotEmpty();
            })
        .as("seed %s", seed)
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyDocumentAsATemplateOrPlanGivesAReportNotAnException(long seed) {
    Map<String, Object> body =
        new HashMap<>(ArbitraryBodies.randomBodies().next(new SplittableRandom(seed)));
    assertThatCode(() -> DeployCheck.cloudFormation(body).render())
        .as("seed %s", seed)
        .doesNotThrowAnyException();
    assertThatCode(() -> DeployCheck.terraformPlan(body).render())
        .as("seed %s", seed)
        .doesNotThrowAnyException();
    Map<String, Object> plan =
        Map.of(
            "planned_values",
            Map.of(
                "root_module",
                Map.of(
                    "resources",
                    List.of(
                        Map.of(
                            "address", "aws_cognito_user_pool_client.c",
                            "type", "aws_cognito_user_pool_client",
                            "values", body)))));
    assertThatCode(() -> DeployCheck.terraformPlan(plan).render())
        .as("seed %s", seed)
        .doesNotThrowAnyException();
  }

  private static Map<String, Object> withPool(Map<String, Object> body) {
    Map<String, Object> out = new HashMap<>(body);
    out.put("UserPoolId", Map.of("Ref", "Pool"));
    return out;
  }
}
