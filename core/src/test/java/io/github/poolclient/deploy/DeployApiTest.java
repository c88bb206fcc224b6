package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the deploy package's public API: null handling and what the values print. */
final class DeployApiTest {

  @Test
  void publicStaticMethodsRejectNullArguments() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Map.class, ImmutableMap.of("Resources", ImmutableMap.of()))
            .setDefault(String.class, "Resources: {}");
    tester.testAllPublicStaticMethods(DeployCheck.class);
    tester.testAllPublicStaticMethods(CloudFormationYaml.class);
  }

  @Test
  void anEmptyTemplateOrPlanPassesWithNoClient() {
    assertThat(DeployCheck.cloudFormation(ImmutableMap.of("Resources", ImmutableMap.of())).passed())
        .isTrue();
    DeployReport report =
        DeployCheck.terraformPlan(
            ImmutableMap.of("planned_values", ImmutableMap.of("root_module", ImmutableMap.of())));
    assertThat(report.clients()).isEmpty();
    assertThat(report.render()).isEqualTo("poolclient: 0 app clients, 0 rejected\n");
  }

  @Test
  void notCheckedEntriesNameThePathTheReasonAndTheRules() {
    NotChecked entry =
        NotChecked.of("Resources.C.Properties.CallbackURLs[0]", "why", ImmutableList.of("OA-07"));
    assertThat(entry.toString())
        .isEqualTo(
            "NotChecked{path=Resources.C.Properties.CallbackURLs[0], reason=why, ruleIds=[OA-07]}");
  }
}
