package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Runs the README's "Check a template before deploy" examples, so that they stay true. */
final class DeployReadmeExamplesTest {

  private static final String TEMPLATE =
      """
      Resources:
        Pool:
          Type: AWS::Cognito::UserPool
        WebClient:
          Type: AWS::Cognito::UserPoolClient
          Properties:
            UserPoolId: !Ref Pool
            CallbackURLs: [http://example.com/cb, !GetAtt Pool.Arn]
      """;

  @Test
  void theYamlExampleFailsTheBuildWithTheRenderedReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, TEMPLATE, StandardCharsets.UTF_8);

    Map<String, Object> template = CloudFormationYaml.parse(Files.readString(file));
    DeployReport report = DeployCheck.cloudFormation(template);

    assertThatThrownBy(() -> assertTrue(report.passed(), report::render))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith(readmeRenderBlock());
  }

  @Test
  void theTerraformExampleReadsAPlanFile(@TempDir Path dir) throws IOException {
    File planFile = dir.resolve("plan.json").toFile();
    new ObjectMapper()
        .writeValue(
            planFile,
            TerraformPlanCheckTest.plan(
                "ESSENTIALS",
                ImmutableMap.of("callback_urls", List.of("https://example.com/cb")),
                ImmutableMap.of()));

    Map<String, Object> plan = new ObjectMapper().readValue(planFile, new TypeReference<>() {});
    DeployReport report = DeployCheck.terraformPlan(plan);
    assertTrue(report.passed(), report::render);
  }

  /** Returns the text of the README's render example. */
  private static String readmeRenderBlock() throws IOException {
    // Surefire runs in core/; the README sits at the top level.
    Path fromCore = Path.of("..", "README.md");
    Path readme = Files.exists(fromCore) ? fromCore : Path.of("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int intro = text.indexOf("`render()` gives one line per finding");
    assertThat(intro).as("README render example").isNotNegative();
    int start = text.indexOf("```\n", intro) + 4;
    int end = text.indexOf("```\n", start);
    return text.substring(start, end);
  }
}
