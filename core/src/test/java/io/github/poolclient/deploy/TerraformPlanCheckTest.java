package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Terraform plan reader on plans built in the documented JSON output format
 * (https://developer.hashicorp.com/terraform/internals/json-format): {@code planned_values}, {@code
 * resource_changes[].change.after_unknown} and {@code configuration} references.
 */
final class TerraformPlanCheckTest {

  private static final String CLIENT = "aws_cognito_user_pool_client.web";
  private static final String POOL = "aws_cognito_user_pool.main";

  /** Returns a plan of a new pool (tier, schema), its resource server and one client. */
  static Map<String, Object> plan(
      String tier, Map<String, Object> clientValues, Map<String, Object> clientUnknown) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "web");
    values.put("refresh_token_validity", 30);
    values.putAll(clientValues);
    Map<String, Object> unknown = new LinkedHashMap<>();
    unknown.put("id", true);
    unknown.put("user_pool_id", true);
    unknown.put("client_secret", true);
    unknown.put("explicit_auth_flows", true); // computed, not configured: not sent
    unknown.keySet().removeAll(clientValues.keySet());
    unknown.putAll(clientUnknown);
    Map<String, Object> expressions = new LinkedHashMap<>();
    expressions.put("name", ImmutableMap.of("constant_value", "web"));
    expressions.put("user_pool_id", ImmutableMap.of("references", List.of(POOL + ".id", POOL)));
    clientValues.keySet().forEach(k -> expressions.put(k, ImmutableMap.of("constant_value", "x")));
    clientUnknown
        .keySet()
        .forEach(k -> expressions.put(k, ImmutableMap.of("references", List.of("var.domain"))));
    Map<String, Object> poolValues =
        ImmutableMap.of(
            "name",
            "main",
            "user_pool_tier",
            tier,
            "schema",
            List.of(
                ImmutableMap.of(
                    "name",
                    "email",
                    "attribute_data_type",
                    "String",
                    "required",
                    true,
                    "mutable",
                    true,
                    "developer_only_attribute",
                    false),
                ImmutableMap.of(
                    "name",
                    "tenant",
                    "attribute_data_type",
                    "String",
                    "required",
                    false,
                    "mutable",
                    false,
                    "developer_only_attribute",
                    false)));
    Map<String, Object> serverValues =
        ImmutableMap.of(
            "identifier",
            "https://api.example.com",
            "name",
            "api",
            "scope",
            List.of(ImmutableMap.of("scope_name", "read", "scope_description", "read")));
    return ImmutableMap.of(
        "format_version",
        "1.2",
        "planned_values",
        ImmutableMap.of(
            "root_module",
            ImmutableMap.of(
                "resources",
                List.of(
                    resource(POOL, poolValues),
                    resource("aws_cognito_resource_server.api", serverValues),
                    resource(CLIENT, values)))),
        "resource_changes",
        List.of(
            change(POOL, ImmutableMap.of("id", true)),
            change("aws_cognito_resource_server.api", ImmutableMap.of("user_pool_id", true)),
            change(CLIENT, unknown)),
        "configuration",
        ImmutableMap.of(
            "root_module",
            ImmutableMap.of(
                "resources",
                List.of(
                    config(POOL, ImmutableMap.of()),
                    config(
                        "aws_cognito_resource_server.api",
                        ImmutableMap.of(
                            "user_pool_id",
                            ImmutableMap.of("references", List.of(POOL + ".id", POOL)))),
                    config(CLIENT, expressions)))));
  }

  private static Map<String, Object> resource(String address, Map<String, Object> values) {
    String[] parts = address.split("\\.", -1);
    return ImmutableMap.of(
        "address",
        address,
        "mode",
        "managed",
        "type",
        parts[0],
        "name",
        parts[1],
        "provider_name",
        "registry.terraform.io/hashicorp/aws",
        "schema_version",
        0,
        "values",
        values,
        "sensitive_values",
        ImmutableMap.of());
  }

  private static Map<String, Object> change(String address, Map<String, Object> afterUnknown) {
    String[] parts = address.split("\\.", -1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("actions", List.of("create"));
    body.put("before", null);
    body.put("after_unknown", afterUnknown);
    return ImmutableMap.of(
        "address", address, "mode", "managed", "type", parts[0], "name", parts[1], "change", body);
  }

  private static Map<String, Object> config(String address, Map<String, Object> expressions) {
    String[] parts = address.split("\\.", -1);
    return ImmutableMap.of(
        "address",
        address,
        "mode",
        "managed",
        "type",
        parts[0],
        "name",
        parts[1],
        "expressions",
        expressions);
  }

  static Stream<Arguments> oneCasePerRuleFamily() {
    return Stream.of(
        Arguments.of(
            "model",
            "ESSENTIALS",
            ImmutableMap.of("access_token_validity", 0),
            "M-07",
            CLIENT + ".access_token_validity",
            "Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 1"),
        Arguments.of(
            "tokens",
            "ESSENTIALS",
            ImmutableMap.of(
                "access_token_validity",
                25,
                "token_validity_units",
                List.of(ImmutableMap.of("access_token", "hours"))),
            "TV-03",
            CLIENT + ".access_token_validity",
            "Invalid range for token validity."),
        Arguments.of(
            "auth flows",
            "ESSENTIALS",
            ImmutableMap.of(
                "explicit_auth_flows", List.of("ADMIN_NO_SRP_AUTH", "ALLOW_USER_SRP_AUTH")),
            "EAF-03",
            CLIENT + ".explicit_auth_flows",
            "Auth flow name with prefix 'ALLOW' cannot be used with legacy auth flow names."),
        Arguments.of(
            "secrets",
            "ESSENTIALS",
            ImmutableMap.of(
                "allowed_oauth_flows",
                List.of("client_credentials"),
                "allowed_oauth_scopes",
                List.of("https://api.example.com/read"),
                "allowed_oauth_flows_user_pool_client",
                true),
            "OA-05",
            CLIENT + ".allowed_oauth_flows[0]",
            "client_credentials flow can not be selected if client does not have a client secret."),
        Arguments.of(
            "oauth scopes",
            "ESSENTIALS",
            ImmutableMap.of(
                "allowed_oauth_scopes",
                List.of("https://api.example.com/read", "https://api.example.com/write")),
            "OA-08",
            CLIENT + ".allowed_oauth_scopes[1]",
            "Invalid scope requested: https://api.example.com/write"),
        Arguments.of(
            "urls",
            "ESSENTIALS",
            ImmutableMap.of(
                "callback_urls", List.of("https://example.com/cb", "http://example.com/cb")),
            "URL-02",
            CLIENT + ".callback_urls[1]",
            "http://example.com/cb cannot use the HTTP protocol."),
        Arguments.of(
            "attributes",
            "ESSENTIALS",
            ImmutableMap.of("write_attributes", List.of("custom:tenant")),
            "ATTR-02",
            CLIENT + ".write_attributes",
            "Invalid write attributes specified while creating a client"),
        Arguments.of(
            "analytics",
            "ESSENTIALS",
            ImmutableMap.of(
                "analytics_configuration", List.of(ImmutableMap.of("application_id", "abc123"))),
            "AN-03",
            CLIENT + ".analytics_configuration",
            "Invalid analytics configuration given, either <application arn> or <application id, role arn, external id> are valid"),
        Arguments.of(
            "tier",
            "LITE",
            ImmutableMap.of(
                "refresh_token_rotation",
                List.of(ImmutableMap.of("feature", "ENABLED", "retry_grace_period_seconds", 10))),
            "RTR-05",
            CLIENT + ".refresh_token_rotation",
            "The following features need to be disabled for the LITE pricing tier configured: Refresh token rotation"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRuleFamily")
  void reportsTheFirstViolationOfEachRuleFamilyInTerraformTerms(
      String family,
      String tier,
      Map<String, Object> values,
      String rule,
      String path,
      String message) {
    DeployReport report = DeployCheck.terraformPlan(plan(tier, values, ImmutableMap.of()));
    assertThat(report.problems()).isEmpty();
    ClientReport client = report.clients().get(0);
    assertThat(client.resource()).isEqualTo(CLIENT);
    assertThat(client.violations())
        .as(report.render())
        .first()
        .extracting(DeployViolation::ruleId, DeployViolation::path, DeployViolation::message)
        .containsExactly(rule, path, message);
  }

  @Test
  void aCleanPlanPassesAndComputedAttributesLeftOutAreNotSent() {
    DeployReport report =
        DeployCheck.terraformPlan(
            plan(
                "ESSENTIALS",
                ImmutableMap.of(
                    "allowed_oauth_flows_user_pool_client", true,
                    "allowed_oauth_flows", List.of("code"),
                    "allowed_oauth_scopes", List.of("openid", "https://api.example.com/read"),
                    "callback_urls", List.of("https://example.com/cb"),
                    "supported_identity_providers", List.of("COGNITO")),
                ImmutableMap.of()));
    assertThat(report.passed()).as(report.render()).isTrue();
    ClientReport client = report.clients().get(0);
    assertThat(client.request().explicitAuthFlows()).isEmpty();
    assertThat(client.notChecked()).isEmpty();
  }

  @Test
  void valuesKnownAfterApplyAreNotCheckedAndRaiseNoAlarm() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("allowed_oauth_flows_user_pool_client", true);
    values.put("allowed_oauth_flows", List.of("code"));
    values.put("allowed_oauth_scopes", List.of("openid"));
    values.put("logout_urls", java.util.Arrays.asList("http://example.com/bye", null));
    DeployReport report =
        DeployCheck.terraformPlan(
            plan(
                "ESSENTIALS",
                values,
                ImmutableMap.of("callback_urls", true, "logout_urls", List.of(false, true))));
    ClientReport client = report.clients().get(0);
    assertThat(client.violations())
        .extracting(DeployViolation::ruleId, DeployViolation::path)
        .containsExactly(tuple("URL-02", CLIENT + ".logout_urls[0]"));
    assertThat(client.notChecked())
        .extracting(NotChecked::path, NotChecked::reason)
        .contains(
            tuple(CLIENT + ".callback_urls", "known after apply (refers to var.domain)"),
            tuple(CLIENT + ".logout_urls[1]", "known after apply (refers to var.domain)"));
    assertThat(client.notChecked())
        .filteredOn(n -> n.path().equals(CLIENT + ".callback_urls"))
        .flatExtracting(NotChecked::ruleIds)
        .contains("OA-07", "URL-02", "URL-08");
  }

  @Test
  void aPlanWithoutPlannedValuesIsAProblem() {
    DeployReport report = DeployCheck.terraformPlan(ImmutableMap.of("format_version", "1.2"));
    assertThat(report.problems())
        .containsExactly(
            DefinitionProblem.of(
                "planned_values.root_module",
                "missing: not the JSON of terraform show -json <plan file>"));
    assertThat(report.clients()).isEqualTo(ImmutableList.of());
  }

  @Test
  void resourcesInAModuleWithCountAreLinkedThroughModuleRelativeReferences() {
    String pool = "module.auth.aws_cognito_user_pool.main";
    String client = "module.auth.aws_cognito_user_pool_client.web[0]";
    Map<String, Object> plan =
        ImmutableMap.of(
            "planned_values",
            ImmutableMap.of(
                "root_module",
                ImmutableMap.of(
                    "child_modules",
                    List.of(
                        ImmutableMap.of(
                            "address",
                            "module.auth",
                            "resources",
                            List.of(
                                ImmutableMap.of(
                                    "address", pool,
                                    "mode", "managed",
                                    "type", "aws_cognito_user_pool",
                                    "name", "main",
                                    "values", ImmutableMap.of("user_pool_tier", "LITE")),
                                ImmutableMap.of(
                                    "address",
                                    client,
                                    "mode",
                                    "managed",
                                    "type",
                                    "aws_cognito_user_pool_client",
                                    "name",
                                    "web",
                                    "index",
                                    0,
                                    "values",
                                    ImmutableMap.of(
                                        "name",
                                        "web",
                                        "explicit_auth_flows",
                                        List.of(
                                            "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")))))))),
            "resource_changes",
            List.of(
                ImmutableMap.of(
                    "address",
                    client,
                    "change",
                    ImmutableMap.of(
                        "actions",
                        List.of("create"),
                        "after_unknown",
                        ImmutableMap.of("user_pool_id", true)))),
            "configuration",
            ImmutableMap.of(
                "root_module",
                ImmutableMap.of(
                    "module_calls",
                    ImmutableMap.of(
                        "auth",
                        ImmutableMap.of(
                            "source",
                            "./auth",
                            "module",
                            ImmutableMap.of(
                                "resources",
                                List.of(
                                    ImmutableMap.of(
                                        "address",
                                        "aws_cognito_user_pool_client.web",
                                        "expressions",
                                        ImmutableMap.of(
                                            "user_pool_id",
                                            ImmutableMap.of(
                                                "references",
                                                List.of(
                                                    "aws_cognito_user_pool.main.id",
                                                    "aws_cognito_user_pool.main")))))))))));
    DeployReport report = DeployCheck.terraformPlan(plan);
    assertThat(report.violations())
        .extracting(DeployViolation::ruleId, DeployViolation::path)
        .containsExactly(tuple("EAF-07", client + ".explicit_auth_flows"));
  }
}
