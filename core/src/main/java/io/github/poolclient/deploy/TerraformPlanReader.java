package io.github.poolclient.deploy;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Map<String, List<?>> dependsOn = new LinkedHashMap<>();

  /** For each module prefix ({@code module.auth.}): the expressions of its call in the parent. */
  private final Map<String, Map<?, ?>> moduleCalls = new LinkedHashMap<>();

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
    Map<String, Map<String, String>> suppressions = suppressions(values);
    ImmutableList.Builder<ClientDefinition> clients = ImmutableList.builder();
    for (Planned resource : planned) {
      if (resource.type().equals(CLIENT)) {
        Map<String, String> own = new LinkedHashMap<>();
        own.putAll(suppressions.getOrDefault(resource.configAddress(), ImmutableMap.of()));
        own.putAll(suppressions.getOrDefault(resource.address(), ImmutableMap.of()));
        clients.add(client(resource, ImmutableMap.copyOf(own)));
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
        if (item instanceof Map<?, ?> resource
            && resource.get("address") instanceof String address
            && resource.get("depends_on") instanceof List<?> names) {
          dependsOn.put(prefix + address, names);
        }
      }
    }
    if (module.get("module_calls") instanceof Map<?, ?> calls) {
      for (Map.Entry<?, ?> call : calls.entrySet()) {
        if (call.getValue() instanceof Map<?, ?> body
            && body.get("module") instanceof Map<?, ?> m) {
          String child = prefix + "module." + call.getKey() + ".";
          moduleCalls.put(
              child,
              body.get("expressions") instanceof Map<?, ?> exprs ? exprs : ImmutableMap.of());
          readConfiguration(m, child);
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

  private ClientDefinition client(Planned client, ImmutableMap<String, String> suppressions) {
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
    ImmutableList<Advisory> order = ImmutableList.of();
    List<NotChecked> notes = new ArrayList<>();
    if (pool.isPresent()) {
      order = orderAdvisories(client, pool.get(), properties, notes);
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
      unknownFacts.put(
          AdvisoryInputs.POOL_ADVANCED_SECURITY,
          NotChecked.of(poolPath, reason, ImmutableList.of()));
    }
    return new ClientDefinition(
        client.address(),
        properties,
        wirePath -> client.address() + "." + terraformPath(wirePath),
        Optional.empty(),
        context,
        unknownFacts.buildKeepingLast(),
        ImmutableList.copyOf(notes),
        ImmutableList.of(),
        suppressions,
        order);
  }

  // ---- suppressions and deploy order -----------------------------------------------------

  /** The root module output that suppresses advisories per client. */
  static final String SUPPRESSIONS_OUTPUT = "poolclient_suppressions";

  /**
   * Returns the suppressions of the root module's {@value #SUPPRESSIONS_OUTPUT} output, by client
   * address: an object whose keys are client addresses (with or without an instance key) and whose
   * values are objects of advisory id to reason. App clients take no tags, so an output is where a
   * plan can carry them; a malformed entry is a problem of the plan.
   */
  private Map<String, Map<String, String>> suppressions(Map<?, ?> plannedValues) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (!(plannedValues.get("outputs") instanceof Map<?, ?> outputs)
        || !(outputs.get(SUPPRESSIONS_OUTPUT) instanceof Map<?, ?> output)) {
      return out;
    }
    String path = "planned_values.outputs." + SUPPRESSIONS_OUTPUT + ".value";
    if (!(output.get("value") instanceof Map<?, ?> byClient)) {
      problems.add(
          DefinitionProblem.of(
              path,
              "expected an object of client address to {advisory id = reason}, got "
                  + Suppressions.kind(output.get("value"))
                  + " (a value known only after apply cannot suppress)"));
      return out;
    }
    for (Map.Entry<?, ?> entry : byClient.entrySet()) {
      String address = String.valueOf(entry.getKey());
      String at = path + "[\"" + address + "\"]";
      boolean exists =
          planned.stream()
              .anyMatch(
                  p ->
                      p.type().equals(CLIENT)
                          && (p.address().equals(address) || p.configAddress().equals(address)));
      if (!exists) {
        problems.add(DefinitionProblem.of(at, "no " + CLIENT + " of that address in the plan"));
        continue;
      }
      if (!(entry.getValue() instanceof Map<?, ?> ids)) {
        problems.add(
            DefinitionProblem.of(
                at,
                "expected an object of advisory id to reason, got "
                    + Suppressions.kind(entry.getValue())));
        continue;
      }
      Map<String, String> own = out.computeIfAbsent(address, k -> new LinkedHashMap<>());
      for (Map.Entry<?, ?> id : ids.entrySet()) {
        String idPath = at + "[\"" + id.getKey() + "\"]";
        Suppressions.add(idPath, id.getKey(), idPath, id.getValue(), own, problems);
      }
    }
    return out;
  }

  /**
   * Returns ADV-13 for each scope of the client that names a resource server of its pool, and
   * ADV-14 for each identity provider of its pool it supports, when the client does not depend on
   * that resource: no {@code depends_on} naming it (or its module) and no expression reference to
   * it, directly or through the resources, module variables and modules it depends on. A reference
   * through {@code local.*} cannot be followed in a plan: the client's ADV-13/14 are then not
   * checked.
   */
  private ImmutableList<Advisory> orderAdvisories(
      Planned client, Planned pool, Map<String, Object> properties, List<NotChecked> notes) {
    Set<String> resourcesDependedOn = new HashSet<>();
    Set<String> modulesDependedOn = new HashSet<>();
    Optional<String> local = dependencies(client, resourcesDependedOn, modulesDependedOn);
    if (local.isPresent()) {
      notes.add(
          NotChecked.of(
                  client.address(),
                  "its dependencies go through " + local.get() + ", which a plan does not show",
                  ImmutableList.of())
              .withAdvisoryIds("ADV-13", "ADV-14"));
      return ImmutableList.of();
    }
    Map<String, String> servers = new LinkedHashMap<>();
    Map<String, String> providers = new LinkedHashMap<>();
    for (Planned child : planned) {
      boolean server = child.type().equals(RESOURCE_SERVER);
      if (!server && !child.type().equals(IDENTITY_PROVIDER)) {
        continue;
      }
      String address = child.configAddress();
      if (resourcesDependedOn.contains(address)
          || modulesDependedOn.stream().anyMatch(address::startsWith)) {
        continue;
      }
      Map<?, ?> exprs = expressions.getOrDefault(address, ImmutableMap.of());
      Optional<Planned> owner = referenced(child, exprs, "user_pool_id", POOL);
      Object ownerId = child.values().get("user_pool_id");
      boolean belongs =
          owner.map(o -> o.address().equals(pool.address())).orElse(false)
              || (ownerId instanceof String id && id.equals(pool.values().get("id")));
      if (belongs
          && child.values().get(server ? "identifier" : "provider_name") instanceof String name) {
        (server ? servers : providers).putIfAbsent(name, child.address());
      }
    }
    String base = client.address() + ".";
    return DeployOrder.advisories(
        properties,
        servers.keySet(),
        providers.keySet(),
        (member, index) ->
            base
                + (member.equals("AllowedOAuthScopes")
                    ? "allowed_oauth_scopes"
                    : "supported_identity_providers")
                + "["
                + index
                + "]");
  }

  private static final Pattern RESOURCE_REFERENCE =
      Pattern.compile("^((?:data\\.)?[A-Za-z0-9_-]+\\.[^.\\[]+)");
  private static final Pattern MODULE_REFERENCE = Pattern.compile("^module\\.([^.\\[]+)");
  private static final Pattern VARIABLE_REFERENCE = Pattern.compile("^var\\.([^.\\[]+)");

  /**
   * Collects the configuration addresses the client depends on, directly or not, and the module
   * prefixes it depends on as a whole; returns the first {@code local.*} reference met, if any.
   */
  private Optional<String> dependencies(
      Planned client, Set<String> resources, Set<String> modules) {
    Deque<String> todo = new ArrayDeque<>();
    todo.add(client.configAddress());
    resources.add(client.configAddress());
    while (!todo.isEmpty()) {
      String address = todo.poll();
      String prefix = prefixOf(address);
      List<String> refs = new ArrayList<>();
      collectReferences(expressions.getOrDefault(address, ImmutableMap.of()), refs, 0);
      dependsOn.getOrDefault(address, List.of()).forEach(d -> refs.add(String.valueOf(d)));
      Deque<String[]> pending = new ArrayDeque<>();
      refs.forEach(r -> pending.add(new String[] {prefix, r}));
      Set<String> seenVariables = new HashSet<>();
      while (!pending.isEmpty()) {
        String[] item = pending.poll();
        String at = item[0];
        String reference = item[1];
        if (reference.startsWith("local.")) {
          return Optional.of(reference);
        }
        Matcher variable = VARIABLE_REFERENCE.matcher(reference);
        if (variable.find()) {
          // A module's input variable: follow what its call passes in the parent module.
          Map<?, ?> call = moduleCalls.get(at);
          if (call != null && seenVariables.add(at + variable.group(1))) {
            List<String> passed = new ArrayList<>();
            collectReferences(call.get(variable.group(1)), passed, 0);
            String parent = parentPrefix(at);
            passed.forEach(r -> pending.add(new String[] {parent, r}));
          }
          continue;
        }
        Matcher module = MODULE_REFERENCE.matcher(reference);
        if (module.find()) {
          modules.add(at + "module." + module.group(1) + ".");
          continue;
        }
        Matcher resource = RESOURCE_REFERENCE.matcher(reference);
        if (resource.find() && !reference.startsWith("data.")) {
          String target = at + resource.group(1);
          if (resources.add(target)) {
            todo.add(target);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Adds every {@code references} entry found anywhere in an expression tree. */
  private static void collectReferences(@Nullable Object node, List<String> out, int depth) {
    if (depth > 32) {
      return;
    }
    if (node instanceof List<?> list) {
      list.forEach(item -> collectReferences(item, out, depth + 1));
    } else if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if ("references".equals(entry.getKey()) && entry.getValue() instanceof List<?> list) {
          list.forEach(r -> out.add(String.valueOf(r)));
        } else {
          collectReferences(entry.getValue(), out, depth + 1);
        }
      }
    }
  }

  /** Returns the module prefix of a configuration address: {@code module.auth.} or empty. */
  private static String prefixOf(String address) {
    int at = address.lastIndexOf("module.");
    if (at < 0) {
      return "";
    }
    int dot = address.indexOf('.', at + "module.".length());
    return dot < 0 ? "" : address.substring(0, dot + 1);
  }

  /** Returns the prefix of the parent module: {@code module.a.} for {@code module.a.module.b.}. */
  private static String parentPrefix(String prefix) {
    String trimmed = prefix.substring(0, prefix.length() - 1);
    int at = trimmed.lastIndexOf("module.");
    return at <= 0 ? "" : trimmed.substring(0, at);
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
    Object addOns = pool.values().get("user_pool_add_ons");
    if (Boolean.TRUE.equals(pool.unknown().get("user_pool_add_ons"))
        && expressions
            .getOrDefault(pool.configAddress(), ImmutableMap.of())
            .containsKey("user_pool_add_ons")) {
      unknownFacts.put(
          AdvisoryInputs.POOL_ADVANCED_SECURITY,
          NotChecked.of(
              pool.address() + ".user_pool_add_ons", "known after apply", ImmutableList.of()));
    } else if (addOns instanceof List<?> blocks
        && !blocks.isEmpty()
        && blocks.get(0) instanceof Map<?, ?> block
        && block.get("advanced_security_mode") instanceof String mode) {
      context.advancedSecurityMode(mode);
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
