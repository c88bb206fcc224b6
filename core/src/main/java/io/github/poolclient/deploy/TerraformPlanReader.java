package io.github.poolclient.deploy;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the app clients of a Terraform plan in the JSON of {@code terraform show -json <plan>},
 * following Terraform's documented "JSON Output Format"
 * (https://developer.hashicorp.com/terraform/internals/json-format), plan representation.
 *
 * <p>Values come from {@code planned_values} ({@code root_module} and its {@code child_modules},
 * each resource with its {@code address} and {@code values}). A value "known after apply" is absent
 * from {@code values} and {@code true} in {@code resource_changes[].change.after_unknown} (an array
 * of flags for a list whose entries are partly unknown); it is {@link Unknown} when the {@code
 * configuration} sets the attribute (an {@code expressions} entry) and absent otherwise: an
 * attribute the configuration leaves out is "computed" only because the provider reads it back, and
 * the provider does not send it. Resources are linked through {@code configuration} {@code
 * references} ({@code aws_cognito_user_pool.main.id}), or through a known pool id equal to a
 * planned pool's {@code id}.
 *
 * <p>The attributes are those of the AWS provider's {@code aws_cognito_user_pool_client} (snake
 * case of the API's members; {@code callback_urls}, {@code logout_urls}, {@code
 * default_redirect_uri}; {@code token_validity_units}, {@code analytics_configuration} and {@code
 * refresh_token_rotation} as blocks, a list of at most one object), {@code aws_cognito_user_pool}
 * ({@code user_pool_tier}, {@code schema} blocks), {@code aws_cognito_resource_server} ({@code
 * identifier}, {@code scope} blocks) and {@code aws_cognito_identity_provider} ({@code
 * provider_name}).
 */
final class TerraformPlanReader {
  static final String CLIENT = "aws_cognito_user_pool_client";
  static final String POOL = "aws_cognito_user_pool";
  static final String RESOURCE_SERVER = "aws_cognito_resource_server";
  static final String IDENTITY_PROVIDER = "aws_cognito_identity_provider";

  private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*]");

  /** Terraform attribute names that are not the snake case of the API member. */
  private static final ImmutableMap<String, String> SPECIAL_NAMES =
      ImmutableMap.of(
          "name", "ClientName",
          "callback_urls", "CallbackURLs",
          "logout_urls", "LogoutURLs",
          "default_redirect_uri", "DefaultRedirectURI",
          "allowed_oauth_flows", "AllowedOAuthFlows",
          "allowed_oauth_scopes", "AllowedOAuthScopes",
          "allowed_oauth_flows_user_pool_client", "AllowedOAuthFlowsUserPoolClient");

  private static final ImmutableList<String> ATTRIBUTES =
      ImmutableList.of(
          "user_pool_id",
          "name",
          "generate_secret",
          "refresh_token_validity",
          "access_token_validity",
          "id_token_validity",
          "token_validity_units",
          "read_attributes",
          "write_attributes",
          "explicit_auth_flows",
          "supported_identity_providers",
          "callback_urls",
          "logout_urls",
          "default_redirect_uri",
          "allowed_oauth_flows",
          "allowed_oauth_scopes",
          "allowed_oauth_flows_user_pool_client",
          "enable_token_revocation",
          "enable_propagate_additional_user_context_data",
          "analytics_configuration",
          "prevent_user_existence_errors",
          "auth_session_validity",
          "refresh_token_rotation");

  private static final ImmutableList<String> BLOCKS =
      ImmutableList.of("token_validity_units", "analytics_configuration", "refresh_token_rotation");

  /** One planned resource instance. */
  private record Planned(String address, String type, Map<?, ?> values, Map<?, ?> unknown) {
    /** Returns the address without instance keys, as {@code configuration} names it. */
    String configAddress() {
      return INDEX.matcher(address).replaceAll("");
    }

    /** Returns the module path prefix, e.g. {@code module.auth.} or empty. */
    String modulePrefix() {
      int at = configAddress().lastIndexOf(type + ".");
      return at <= 0 ? "" : configAddress().substring(0, at);
    }
  }

  private final List<Planned> planned = new ArrayList<>();
  private final Map<String, Map<?, ?>> unknownByAddress = new LinkedHashMap<>();
  private final Map<String, Map<?, ?>> expressions = new LinkedHashMap<>();
  private final List<DefinitionProblem> problems = new ArrayList<>();

  private TerraformPlanReader() {}

  /** Reads every app client of the plan. */
  static CloudFormationReader.Result read(Map<?, ?> plan) {
    TerraformPlanReader reader = new TerraformPlanReader();
    return reader.readPlan(plan);
  }

  private CloudFormationReader.Result readPlan(Map<?, ?> plan) {
    if (plan.get("resource_changes") instanceof List<?> changes) {
      for (Object change : changes) {
        if (change instanceof Map<?, ?> c
            && c.get("address") instanceof String address
            && c.get("change") instanceof Map<?, ?> body
            && body.get("after_unknown") instanceof Map<?, ?> unknown) {
          unknownByAddress.put(address, unknown);
        }
      }
    }
    if (plan.get("configuration") instanceof Map<?, ?> configuration
        && configuration.get("root_module") instanceof Map<?, ?> root) {
      readConfiguration(root, "");
    }
    if (!(plan.get("planned_values") instanceof Map<?, ?> values)
        || !(values.get("root_module") instanceof Map<?, ?> root)) {
      problems.add(
          DefinitionProblem.of(
              "planned_values.root_module",
              "missing: not the JSON of terraform show -json <plan file>"));
      return new CloudFormationReader.Result(ImmutableList.of(), ImmutableList.copyOf(problems));
    }
    readModule(root, "planned_values.root_module", 0);
    ImmutableList.Builder<ClientDefinition> clients = ImmutableList.builder();
    for (Planned resource : planned) {
      if (resource.type().equals(CLIENT)) {
        clients.add(client(resource));
      }
    }
    return new CloudFormationReader.Result(clients.build(), ImmutableList.copyOf(problems));
  }

  private void readConfiguration(Map<?, ?> module, String prefix) {
    if (module.get("resources") instanceof List<?> resources) {
      for (Object item : resources) {
        if (item instanceof Map<?, ?> resource
            && resource.get("address") instanceof String address
            && resource.get("expressions") instanceof Map<?, ?> exprs) {
          expressions.put(prefix + address, exprs);
        }
      }
    }
    if (module.get("module_calls") instanceof Map<?, ?> calls) {
      for (Map.Entry<?, ?> call : calls.entrySet()) {
        if (call.getValue() instanceof Map<?, ?> body
            && body.get("module") instanceof Map<?, ?> m) {
          readConfiguration(m, prefix + "module." + call.getKey() + ".");
        }
      }
    }
  }

  private void readModule(Map<?, ?> module, String path, int depth) {
    if (depth > 32) {
      problems.add(DefinitionProblem.of(path, "modules nested deeper than 32 levels"));
      return;
    }
    if (module.get("resources") instanceof List<?> resources) {
      for (int i = 0; i < resources.size(); i++) {
        if (!(resources.get(i) instanceof Map<?, ?> resource)
            || !(resource.get("address") instanceof String address)
            || !(resource.get("type") instanceof String type)) {
          problems.add(
              DefinitionProblem.of(
                  path + ".resources[" + i + "]", "expected a resource with address and type"));
          continue;
        }
        if (!"managed".equals(resource.get("mode")) && resource.get("mode") != null) {
          continue; // data sources
        }
        Map<?, ?> values = resource.get("values") instanceof Map<?, ?> v ? v : ImmutableMap.of();
        Map<?, ?> unknown = unknownByAddress.getOrDefault(address, ImmutableMap.of());
        planned.add(new Planned(address, type, values, unknown));
      }
    }
    if (module.get("child_modules") instanceof List<?> children) {
      for (int i = 0; i < children.size(); i++) {
        if (children.get(i) instanceof Map<?, ?> child) {
          readModule(child, path + ".child_modules[" + i + "]", depth + 1);
        }
      }
    }
  }

  private ClientDefinition client(Planned client) {
    Map<?, ?> exprs = expressions.getOrDefault(client.configAddress(), ImmutableMap.of());
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String attribute : ATTRIBUTES) {
      Object value = attribute(client, exprs, attribute);
      if (value != null) {
        properties.put(wireName(attribute), value);
      }
    }
    // The pool: a reference of the configuration, else a known id equal to a planned pool's id.
    ImmutableMap.Builder<String, NotChecked> unknownFacts = ImmutableMap.builder();
    String poolPath = client.address() + ".user_pool_id";
    Optional<Planned> pool = referenced(client, exprs, "user_pool_id", POOL);
    Object id = properties.get("UserPoolId");
    if (pool.isEmpty() && id instanceof String known) {
      pool =
          planned.stream()
              .filter(p -> p.type().equals(POOL) && known.equals(p.values().get("id")))
              .findFirst();
    }
    Optional<UserPoolContext> context = Optional.empty();
    if (pool.isPresent()) {
      if (!(id instanceof String)) {
        properties.put("UserPoolId", new PoolReference(pool.get().address()));
      }
      context = Optional.of(poolContext(pool.get(), id, unknownFacts));
    } else {
      String reason =
          id instanceof Unknown u ? u.reason() : "the user pool is not planned in this plan";
      for (String fact : RuleInputs.POOL_FACTS) {
        unknownFacts.put(fact, NotChecked.of(poolPath, reason, ImmutableList.of()));
      }
    }
    return new ClientDefinition(
        client.address(),
        properties,
        wirePath -> client.address() + "." + terraformPath(wirePath),
        Optional.empty(),
        context,
        unknownFacts.buildKeepingLast(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /** Returns the attribute's value in wire shape, an {@link Unknown}, or null when absent. */
  private @Nullable Object attribute(Planned resource, Map<?, ?> exprs, String attribute) {
    Object flag = resource.unknown().get(attribute);
    Object value = resource.values().get(attribute);
    if (Boolean.TRUE.equals(flag)) {
      return exprs.containsKey(attribute) ? unknown(exprs, attribute) : null;
    }
    if (value == null) {
      return null;
    }
    if (BLOCKS.contains(attribute)) {
      if (!(value instanceof List<?> list) || list.isEmpty()) {
        return null;
      }
      if (!(list.get(0) instanceof Map<?, ?> block)) {
        return value; // the checker reports the wrong type
      }
      Map<?, ?> blockFlags =
          flag instanceof List<?> flags && !flags.isEmpty() && flags.get(0) instanceof Map<?, ?> m
              ? m
              : ImmutableMap.of();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : block.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (Boolean.TRUE.equals(blockFlags.get(key))) {
          out.put(wireName(key), unknown(exprs, attribute));
        } else if (entry.getValue() != null) {
          out.put(wireName(key), entry.getValue());
        }
      }
      return out;
    }
    if (value instanceof List<?> list && flag instanceof List<?> flags) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        boolean unknownEntry = i < flags.size() && Boolean.TRUE.equals(flags.get(i));
        out.add(unknownEntry || list.get(i) == null ? unknown(exprs, attribute) : list.get(i));
      }
      return out;
    }
    return value;
  }

  private static Unknown unknown(Map<?, ?> exprs, String attribute) {
    List<String> references = references(exprs, attribute);
    return new Unknown(
        "known after apply"
            + (references.isEmpty() ? "" : " (refers to " + String.join(", ", references) + ")"));
  }

  private static ImmutableList<String> references(Map<?, ?> exprs, String attribute) {
    if (exprs.get(attribute) instanceof Map<?, ?> expression
        && expression.get("references") instanceof List<?> references) {
      return references.stream().map(String::valueOf).collect(ImmutableList.toImmutableList());
    }
    return ImmutableList.of();
  }

  /** Returns the one planned resource of {@code type} that the attribute's expression refers to. */
  private Optional<Planned> referenced(
      Planned from, Map<?, ?> exprs, String attribute, String type) {
    for (String reference : references(exprs, attribute)) {
      Matcher matcher =
          Pattern.compile("^(" + Pattern.quote(type) + "\\.[^.\\[]+)").matcher(reference);
      if (!matcher.find()) {
        continue;
      }
      String target = from.modulePrefix() + matcher.group(1);
      List<Planned> instances =
          planned.stream().filter(p -> p.configAddress().equals(target)).toList();
      if (instances.size() == 1) {
        return Optional.of(instances.get(0));
      }
    }
    return Optional.empty();
  }

  private UserPoolContext poolContext(
      Planned pool,
      @Nullable Object knownId,
      ImmutableMap.Builder<String, NotChecked> unknownFacts) {
    UserPoolContext.Builder context =
        UserPoolContext.builder()
            .id(knownId instanceof String s ? s : "${" + pool.address() + ".id}");
    Object tier = pool.values().get("user_pool_tier");
    if (Boolean.TRUE.equals(pool.unknown().get("user_pool_tier"))) {
      // Computed: left out of the configuration, the pool gets the default plan.
      if (expressions
          .getOrDefault(pool.configAddress(), ImmutableMap.of())
          .containsKey("user_pool_tier")) {
        unknownFacts.put(
            RuleInputs.POOL_TIER,
            NotChecked.of(
                pool.address() + ".user_pool_tier", "known after apply", ImmutableList.of()));
      }
    } else if (tier instanceof String name
        && UserPoolTierType.fromValue(name) != UserPoolTierType.UNKNOWN_TO_SDK_VERSION) {
      context.userPoolTier(UserPoolTierType.fromValue(name));
    }
    if (Boolean.TRUE.equals(pool.unknown().get("schema"))) {
      unknownFacts.put(
          RuleInputs.POOL_SCHEMA,
          NotChecked.of(pool.address() + ".schema", "known after apply", ImmutableList.of()));
    } else if (pool.values().get("schema") instanceof List<?> schema) {
      for (Object item : schema) {
        if (item instanceof Map<?, ?> attribute && attribute.get("name") instanceof String n) {
          String name =
              UserPoolContext.STANDARD_ATTRIBUTES.contains(n)
                  ? n
                  : Boolean.TRUE.equals(attribute.get("developer_only_attribute"))
                      ? UserPoolContext.DEVELOPER_ONLY_PREFIX + n
                      : "custom:" + n;
          context.addSchemaAttributes(
              SchemaAttribute.builder()
                  .name(name)
                  .required(Boolean.TRUE.equals(attribute.get("required")))
                  .mutable(!Boolean.FALSE.equals(attribute.get("mutable")))
                  .build());
        }
      }
    }
    for (Planned child : planned) {
      boolean server = child.type().equals(RESOURCE_SERVER);
      if (!server && !child.type().equals(IDENTITY_PROVIDER)) {
        continue;
      }
      String fact = server ? RuleInputs.POOL_RESOURCE_SERVERS : RuleInputs.POOL_IDENTITY_PROVIDERS;
      Map<?, ?> exprs = expressions.getOrDefault(child.configAddress(), ImmutableMap.of());
      Optional<Planned> owner = referenced(child, exprs, "user_pool_id", POOL);
      Object ownerId = child.values().get("user_pool_id");
      boolean belongs =
          owner.map(o -> o.address().equals(pool.address())).orElse(false)
              || (ownerId instanceof String s && s.equals(pool.values().get("id")));
      if (!belongs) {
        if (owner.isEmpty() && !(ownerId instanceof String)) {
          unknownFacts.put(
              fact,
              NotChecked.of(
                  child.address() + ".user_pool_id",
                  "its pool is known only after apply",
                  ImmutableList.of()));
        }
        continue;
      }
      String nameAttribute = server ? "identifier" : "provider_name";
      if (!(child.values().get(nameAttribute) instanceof String name)
          || (server && Boolean.TRUE.equals(child.unknown().get("scope")))) {
        unknownFacts.put(
            fact,
            NotChecked.of(
                child.address() + "." + nameAttribute, "known after apply", ImmutableList.of()));
        continue;
      }
      if (!server) {
        context.addIdentityProviders(name);
        continue;
      }
      ImmutableList.Builder<String> scopes = ImmutableList.builder();
      if (child.values().get("scope") instanceof List<?> list) {
        for (Object scope : list) {
          if (scope instanceof Map<?, ?> m && m.get("scope_name") instanceof String scopeName) {
            scopes.add(scopeName);
          }
        }
      }
      context.addResourceServers(ResourceServer.of(name, scopes.build()));
    }
    return context.build();
  }

  /** Returns the API's wire name of a Terraform attribute. */
  static String wireName(String attribute) {
    String special = SPECIAL_NAMES.get(attribute);
    return special != null
        ? special
        : CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.UPPER_CAMEL, attribute);
  }

  /**
   * Returns the Terraform path of a wire path: {@code CallbackURLs[1]} is {@code callback_urls[1]}.
   */
  static String terraformPath(String wirePath) {
    StringBuilder out = new StringBuilder();
    String[] parts = wirePath.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      String attribute = attributeName(name);
      if (i > 0) {
        out.append('.');
      }
      out.append(attribute).append(bracket < 0 ? "" : part.substring(bracket));
      if (i == 0 && parts.length > 1 && BLOCKS.contains(attribute)) {
        out.append("[0]");
      }
    }
    return out.toString();
  }

  private static String attributeName(String wireName) {
    for (Map.Entry<String, String> entry : SPECIAL_NAMES.entrySet()) {
      if (entry.getValue().equals(wireName)) {
        return entry.getKey();
      }
    }
    return CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, wireName);
  }
}
