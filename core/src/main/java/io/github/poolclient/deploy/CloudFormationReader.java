package io.github.poolclient.deploy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the app clients of a CloudFormation template given as plain Java values (the long form of
 * the intrinsic functions, as JSON has it), with the pool context the template declares.
 *
 * <p>Resolves {@code Ref} (to a resource of the template, or to a parameter with a {@code Default}
 * or a value given by the caller), {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code
 * Fn::Split}, {@code Fn::If} and resource {@code Condition}s whose condition resolves ({@code
 * Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}, {@code Condition}), {@code
 * Fn::FindInMap}, {@code Fn::Base64} and {@code AWS::NoValue}. Everything else is {@link Unknown}:
 * {@code Fn::GetAtt}, {@code Fn::ImportValue}, {@code Fn::GetAZs}, the other pseudo parameters
 * (their value depends on the account and region deployed to), parameters without a default or
 * resolved from SSM, and intrinsics poolclient does not know.
 *
 * <p>{@code Ref} of an {@code AWS::Cognito::UserPool} is its id, of an {@code
 * AWS::Cognito::UserPoolResourceServer} its {@code Identifier} and of an {@code
 * AWS::Cognito::UserPoolIdentityProvider} its {@code ProviderName}: the AWS CDK constructs rely on
 * this ({@code UserPoolResourceServer.userPoolResourceServerId} and the identity providers' {@code
 * providerName} are the resource's {@code Ref}), which is how {@code cdk synth} writes custom
 * scopes and providers. {@code Fn::GetAtt <pool>.UserPoolId} is the pool's id too.
 */
final class CloudFormationReader {
  static final String USER_POOL = "AWS::Cognito::UserPool";
  static final String USER_POOL_CLIENT = "AWS::Cognito::UserPoolClient";

  /** The prefix of a {@code Fn::ForEach} loop among the resources (AWS::LanguageExtensions). */
  private static final String FOR_EACH = "Fn::ForEach::";

  /** Splits a list parameter's value at commas, each member space-trimmed. */
  private static final Splitter LIST_PARAMETER = Splitter.on(',').trimResults();

  static final String RESOURCE_SERVER = "AWS::Cognito::UserPoolResourceServer";
  static final String IDENTITY_PROVIDER = "AWS::Cognito::UserPoolIdentityProvider";

  /** A {@code ${Name}} or {@code ${Name.Attribute}} of {@code Fn::Sub}, not {@code ${!Literal}}. */
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{\\s*([^!}.\\s][^}.\\s]*)");

  /** How deep nested values may go before the reader gives up on them. */
  private static final int MAX_DEPTH = 64;

  /** Stands for {@code Ref AWS::NoValue}: the property or list entry is removed. */
  private enum NoValue {
    INSTANCE
  }

  /**
   * The result: one definition per client, and the problems of the template as a whole and what of
   * it was not checked (resources a {@code Fn::ForEach} generates).
   */
  record Result(
      ImmutableList<ClientDefinition> clients,
      ImmutableList<DefinitionProblem> problems,
      ImmutableList<NotChecked> notChecked) {
    Result(ImmutableList<ClientDefinition> clients, ImmutableList<DefinitionProblem> problems) {
      this(clients, problems, ImmutableList.of());
    }
  }

  private final Map<String, Map<?, ?>> resources = new LinkedHashMap<>();
  private final Map<?, ?> parameters;
  private final Map<?, ?> conditions;
  private final Map<?, ?> mappings;
  private final Map<String, String> parameterValues;
  private final List<DefinitionProblem> templateProblems = new ArrayList<>();
  private final List<NotChecked> templateNotes = new ArrayList<>();

  /** The pools read so far: each is read once, however many clients use it. */
  private final Map<String, PoolRead> poolsRead = new HashMap<>();

  /** A pool's context and the facts of it that stay unknown. */
  private record PoolRead(UserPoolContext context, ImmutableMap<String, NotChecked> unknownFacts) {}

  /**
   * Whether the template declares a {@code Transform} (SAM, AWS::LanguageExtensions, a macro): then
   * a name that is neither a parameter nor a resource may be one the transform generates ({@code
   * ServerlessRestApi}, {@code <Function>Role}, ...), known only at deploy.
   */
  private final boolean transformed;

  private final Map<String, Optional<Boolean>> conditionValues = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();
  private List<DefinitionProblem> sink = templateProblems;
  private int depth;

  private CloudFormationReader(Map<?, ?> template, Map<String, String> parameterValues) {
    this.parameters = section(template, "Parameters");
    this.conditions = section(template, "Conditions");
    this.mappings = section(template, "Mappings");
    this.parameterValues = parameterValues;
    this.transformed = template.get("Transform") != null;
  }

  /**
   * Reads every app client of {@code template}, with {@code parameterValues} overriding defaults.
   */
  static Result read(Map<?, ?> template, Map<String, String> parameterValues) {
    CloudFormationReader reader = new CloudFormationReader(template, parameterValues);
    return reader.readClients(template);
  }

  private Map<?, ?> section(Map<?, ?> template, String name) {
    Object section = template.get(name);
    if (section == null) {
      return ImmutableMap.of();
    }
    if (!(section instanceof Map<?, ?> map)) {
      templateProblems.add(
          DefinitionProblem.of(name, "expected an object, got " + ClientChecker.describe(section)));
      return ImmutableMap.of();
    }
    return map;
  }

  private Result readClients(Map<?, ?> template) {
    Object section = template.get("Resources");
    if (section == null) {
      templateProblems.add(DefinitionProblem.of("Resources", "the template has no Resources"));
      return result(ImmutableList.of());
    }
    if (!(section instanceof Map<?, ?> map)) {
      templateProblems.add(
          DefinitionProblem.of(
              "Resources", "expected an object, got " + ClientChecker.describe(section)));
      return result(ImmutableList.of());
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String id = String.valueOf(entry.getKey());
      if (id.startsWith(FOR_EACH)) {
        // AWS::LanguageExtensions: the resources it generates exist only after the transform.
        templateNotes.add(
            NotChecked.of(
                "Resources." + id,
                "resources that Fn::ForEach generates are not checked (AWS::LanguageExtensions)",
                ImmutableList.of()));
        continue;
      }
      if (!(entry.getValue() instanceof Map<?, ?> resource)) {
        templateProblems.add(
            DefinitionProblem.of(
                "Resources." + id,
                "expected an object, got " + describeNullable(entry.getValue())));
        continue;
      }
      if (!(resource.get("Type") instanceof String)) {
        templateProblems.add(
            DefinitionProblem.of("Resources." + id + ".Type", "expected a string"));
        continue;
      }
      resources.put(id, resource);
    }
    ImmutableList.Builder<ClientDefinition> clients = ImmutableList.builder();
    for (Map.Entry<String, Map<?, ?>> entry : resources.entrySet()) {
      if (USER_POOL_CLIENT.equals(entry.getValue().get("Type"))) {
        readClient(entry.getKey(), entry.getValue()).ifPresent(clients::add);
      }
    }
    return result(clients.build());
  }

  private Result result(ImmutableList<ClientDefinition> clients) {
    return new Result(
        clients, ImmutableList.copyOf(templateProblems), ImmutableList.copyOf(templateNotes));
  }

  private Optional<ClientDefinition> readClient(String id, Map<?, ?> resource) {
    List<DefinitionProblem> problems = new ArrayList<>();
    sink = problems;
    try {
      String base = "Resources." + id;
      List<NotChecked> notes = new ArrayList<>();
      Optional<Boolean> created = resourceCondition(id, resource);
      if (created.isPresent() && !created.get()) {
        return Optional.empty();
      }
      if (created.isEmpty()) {
        notes.add(
            NotChecked.of(
                base + ".Condition",
                "the client is created only if condition "
                    + resource.get("Condition")
                    + " holds, which is known only at deploy; its rules are checked as if it does",
                ImmutableList.of()));
      }
      Map<String, Object> properties = properties(base, resource);
      ImmutableMap.Builder<String, NotChecked> unknownFacts = ImmutableMap.builder();
      Optional<UserPoolContext> pool = Optional.empty();
      Object poolId = properties.get("UserPoolId");
      String poolPath = base + ".Properties.UserPoolId";
      if (poolId instanceof PoolReference reference) {
        pool = Optional.of(pool(reference.resource(), unknownFacts));
      } else {
        if (poolId == null) {
          problems.add(DefinitionProblem.of(poolPath, "the required property is missing"));
        }
        String reason =
            poolId instanceof Unknown u
                ? u.reason()
                : "the user pool is not defined in this template";
        for (String fact : RuleInputs.POOL_FACTS) {
          unknownFacts.put(fact, NotChecked.of(poolPath, reason, ImmutableList.of()));
        }
        unknownFacts.put(
            AdvisoryInputs.POOL_ADVANCED_SECURITY,
            NotChecked.of(poolPath, reason, ImmutableList.of()));
      }
      ImmutableMap<String, String> suppressions = suppressions(base, resource, problems);
      ImmutableList<Advisory> order =
          poolId instanceof PoolReference reference
              ? orderAdvisories(id, properties, reference.resource())
              : ImmutableList.of();
      return Optional.of(
          new ClientDefinition(
              id,
              properties,
              wirePath -> base + ".Properties." + wirePath,
              Optional.of(id),
              pool,
              unknownFacts.buildKeepingLast(),
              ImmutableList.copyOf(notes),
              ImmutableList.copyOf(problems),
              suppressions,
              order));
    } finally {
      sink = templateProblems;
    }
  }

  /** Returns the resolved {@code Properties} of a resource (empty when absent or malformed). */
  private Map<String, Object> properties(String base, Map<?, ?> resource) {
    Object properties = resource.get("Properties");
    if (properties == null) {
      return new LinkedHashMap<>();
    }
    Object resolved = resolve(properties, base + ".Properties");
    if (resolved instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, value) -> out.put((String) key, value));
      return out;
    }
    if (!(resolved instanceof Unknown)) {
      sink.add(
          DefinitionProblem.of(
              base + ".Properties", "expected an object, got " + describeNullable(resolved)));
    }
    return new LinkedHashMap<>();
  }

  /**
   * Returns the pool context of a pool of the template and records the facts that stay unknown,
   * reading the pool on first use only. A problem in the pool's own definition (its properties, its
   * resource servers and identity providers) is the pool's, not each client's: it is reported once,
   * for the template, however many clients use the pool, and the fact it hides stays unknown.
   */
  private UserPoolContext pool(
      String poolId, ImmutableMap.Builder<String, NotChecked> unknownFacts) {
    PoolRead read = poolsRead.get(poolId);
    if (read == null) {
      List<DefinitionProblem> clientSink = sink;
      sink = templateProblems;
      try {
        ImmutableMap.Builder<String, NotChecked> facts = ImmutableMap.builder();
        read = new PoolRead(poolContext(poolId, facts), facts.buildKeepingLast());
      } finally {
        sink = clientSink;
      }
      poolsRead.put(poolId, read);
    }
    unknownFacts.putAll(read.unknownFacts());
    return read.context();
  }

  private UserPoolContext poolContext(
      String poolId, ImmutableMap.Builder<String, NotChecked> unknownFacts) {
    String base = "Resources." + poolId;
    Map<?, ?> resource = resources.get(poolId);
    UserPoolContext.Builder pool = UserPoolContext.builder().id("${" + poolId + "}");
    if (resource == null) {
      return pool.build();
    }
    Map<String, Object> properties = properties(base, resource);
    Object tier = properties.get("UserPoolTier");
    if (tier instanceof String name
        && UserPoolTierType.fromValue(name) != UserPoolTierType.UNKNOWN_TO_SDK_VERSION) {
      pool.userPoolTier(UserPoolTierType.fromValue(name));
    } else if (tier != null) {
      String reason =
          tier instanceof Unknown u ? u.reason() : "not LITE, ESSENTIALS or PLUS: " + tier;
      unknownFacts.put(
          RuleInputs.POOL_TIER,
          NotChecked.of(base + ".Properties.UserPoolTier", reason, ImmutableList.of()));
    }
    readSchema(base, properties.get("Schema"), pool, unknownFacts);
    Object addOns = properties.get("UserPoolAddOns");
    Object mode = addOns instanceof Map<?, ?> map ? map.get("AdvancedSecurityMode") : addOns;
    if (mode instanceof String name) {
      pool.advancedSecurityMode(name);
    } else if (mode instanceof Unknown u) {
      unknownFacts.put(
          AdvisoryInputs.POOL_ADVANCED_SECURITY,
          NotChecked.of(base + ".Properties.UserPoolAddOns", u.reason(), ImmutableList.of()));
    }
    for (Map.Entry<String, Map<?, ?>> entry : resources.entrySet()) {
      Object type = entry.getValue().get("Type");
      if (RESOURCE_SERVER.equals(type) || IDENTITY_PROVIDER.equals(type)) {
        readPoolChild(poolId, entry.getKey(), entry.getValue(), pool, unknownFacts);
      }
    }
    return pool.build();
  }

  private void readSchema(
      String base,
      @Nullable Object schema,
      UserPoolContext.Builder pool,
      ImmutableMap.Builder<String, NotChecked> unknownFacts) {
    if (schema == null) {
      return;
    }
    String path = base + ".Properties.Schema";
    Optional<String> unknown = firstUnknown(schema);
    if (unknown.isPresent() || !(schema instanceof List<?> list)) {
      unknownFacts.put(
          RuleInputs.POOL_SCHEMA,
          NotChecked.of(path, unknown.orElse("not a list of attributes"), ImmutableList.of()));
      return;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> attribute) || !(attribute.get("Name") instanceof String n)) {
        unknownFacts.put(
            RuleInputs.POOL_SCHEMA,
            NotChecked.of(path, "an attribute without a Name", ImmutableList.of()));
        return;
      }
      String name =
          UserPoolContext.STANDARD_ATTRIBUTES.contains(n)
              ? n
              : isTrue(attribute.get("DeveloperOnlyAttribute"))
                  ? UserPoolContext.DEVELOPER_ONLY_PREFIX + n
                  : "custom:" + n;
      SchemaAttribute.Builder built =
          SchemaAttribute.builder()
              .name(name)
              .required(isTrue(attribute.get("Required")))
              .mutable(!isFalse(attribute.get("Mutable")));
      if (attribute.get("AttributeDataType") instanceof String type) {
        built.attributeDataType(type);
      }
      pool.addSchemaAttributes(built.build());
    }
  }

  /** Adds a resource server or identity provider that belongs to the pool. */
  private void readPoolChild(
      String poolId,
      String id,
      Map<?, ?> resource,
      UserPoolContext.Builder pool,
      ImmutableMap.Builder<String, NotChecked> unknownFacts) {
    boolean server = RESOURCE_SERVER.equals(resource.get("Type"));
    String fact = server ? RuleInputs.POOL_RESOURCE_SERVERS : RuleInputs.POOL_IDENTITY_PROVIDERS;
    String base = "Resources." + id;
    Optional<Boolean> created = resourceCondition(id, resource);
    if (created.isPresent() && !created.get()) {
      return;
    }
    Map<String, Object> properties = properties(base, resource);
    Object owner = properties.get("UserPoolId");
    if (owner instanceof PoolReference reference && !reference.resource().equals(poolId)) {
      return;
    }
    if (owner instanceof String) {
      return; // a pool from outside the template
    }
    if (!(owner instanceof PoolReference)) {
      unknownFacts.put(
          fact,
          NotChecked.of(
              base + ".Properties.UserPoolId",
              owner instanceof Unknown u
                  ? "its pool: " + u.reason()
                  : "its pool is not a pool of this template",
              ImmutableList.of()));
      return;
    }
    if (created.isEmpty()) {
      unknownFacts.put(
          fact,
          NotChecked.of(
              base + ".Condition",
              "created only if condition " + resource.get("Condition") + " holds",
              ImmutableList.of()));
      return;
    }
    Object nameValue = properties.get(server ? "Identifier" : "ProviderName");
    Optional<String> unknown = firstUnknown(nameValue);
    if (unknown.isEmpty() && server) {
      unknown = firstUnknown(properties.get("Scopes"));
    }
    if (unknown.isEmpty() && !(nameValue instanceof String)) {
      unknown = Optional.of(server ? "no Identifier" : "no ProviderName");
    }
    String name = String.valueOf(nameValue);
    if (unknown.isPresent()) {
      unknownFacts.put(
          fact, NotChecked.of(base + ".Properties", unknown.get(), ImmutableList.of()));
      return;
    }
    if (!server) {
      pool.addIdentityProviders(name);
      return;
    }
    ImmutableList.Builder<String> scopes = ImmutableList.builder();
    if (properties.get("Scopes") instanceof List<?> list) {
      for (Object scope : list) {
        if (scope instanceof Map<?, ?> map && map.get("ScopeName") instanceof String scopeName) {
          scopes.add(scopeName);
        }
      }
    }
    pool.addResourceServers(ResourceServer.of(name, scopes.build()));
  }

  // ---- suppressions and deploy order -----------------------------------------------------

  /**
   * Returns the suppressions of a client's {@code Metadata.poolclient.suppress}: a list of {@code
   * {id, reason}} objects, literal strings. Anything else under {@code poolclient} is a problem.
   */
  private static ImmutableMap<String, String> suppressions(
      String base, Map<?, ?> resource, List<DefinitionProblem> problems) {
    if (!(resource.get("Metadata") instanceof Map<?, ?> metadata)
        || !metadata.containsKey("poolclient")) {
      return ImmutableMap.of();
    }
    String path = base + ".Metadata.poolclient";
    if (!(metadata.get("poolclient") instanceof Map<?, ?> ours)) {
      problems.add(
          DefinitionProblem.of(
              path,
              "expected an object with a suppress list, got "
                  + Suppressions.kind(metadata.get("poolclient"))));
      return ImmutableMap.of();
    }
    for (Object key : ours.keySet()) {
      if (!"suppress".equals(key)) {
        problems.add(
            DefinitionProblem.of(path + "." + key, "unknown key: poolclient reads only suppress"));
      }
    }
    Object list = ours.get("suppress");
    if (!(list instanceof List<?> entries)) {
      problems.add(
          DefinitionProblem.of(
              path + ".suppress",
              "expected a list of {id, reason} objects, got " + Suppressions.kind(list)));
      return ImmutableMap.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = path + ".suppress[" + i + "]";
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        problems.add(
            DefinitionProblem.of(
                at,
                "expected an object with id and reason, got " + Suppressions.kind(entries.get(i))));
        continue;
      }
      for (Object key : entry.keySet()) {
        if (!"id".equals(key) && !"reason".equals(key)) {
          problems.add(
              DefinitionProblem.of(at + "." + key, "unknown key: a suppression has id and reason"));
        }
      }
      Suppressions.add(
          at + ".id", entry.get("id"), at + ".reason", entry.get("reason"), out, problems);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns ADV-13 for each scope of the client that names a resource server of its pool, and
   * ADV-14 for each identity provider of its pool it supports, when the client does not depend on
   * that resource: no {@code DependsOn} on it and no {@code Ref}, {@code Fn::GetAtt} or {@code
   * Fn::Sub} of it in its properties, directly or through the resources it depends on ("Dependent
   * stacks also have implicit dependencies in the form of target properties !Ref, !GetAtt, and
   * !Sub.", the CloudFormation user guide on {@code DependsOn}). A resource whose pool, name or
   * condition is known only at deploy is left out: never a guess.
   */
  private ImmutableList<Advisory> orderAdvisories(
      String clientId, Map<String, Object> properties, String poolId) {
    Set<String> dependencies = dependencies(clientId);
    Map<String, String> servers = new LinkedHashMap<>();
    Map<String, String> providers = new LinkedHashMap<>();
    List<DefinitionProblem> saved = sink;
    sink = new ArrayList<>(); // each resource's own problems are reported where it is read
    try {
      for (Map.Entry<String, Map<?, ?>> entry : resources.entrySet()) {
        Object type = entry.getValue().get("Type");
        boolean server = RESOURCE_SERVER.equals(type);
        if ((!server && !IDENTITY_PROVIDER.equals(type)) || dependencies.contains(entry.getKey())) {
          continue;
        }
        Optional<Boolean> created = resourceCondition(entry.getKey(), entry.getValue());
        if (created.isEmpty() || !created.get()) {
          continue;
        }
        Map<String, Object> child = properties("Resources." + entry.getKey(), entry.getValue());
        if (child.get("UserPoolId") instanceof PoolReference owner
            && owner.resource().equals(poolId)
            && child.get(server ? "Identifier" : "ProviderName") instanceof String name) {
          (server ? servers : providers).putIfAbsent(name, entry.getKey());
        }
      }
    } finally {
      sink = saved;
    }
    String base = "Resources." + clientId + ".Properties.";
    return DeployOrder.advisories(
        properties,
        servers.keySet(),
        providers.keySet(),
        (member, index) -> base + member + "[" + index + "]");
  }

  /** Returns the resources {@code id} depends on, directly or not. */
  private Set<String> dependencies(String id) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(id);
    while (!todo.isEmpty()) {
      Map<?, ?> resource = resources.get(todo.poll());
      if (resource == null) {
        continue;
      }
      Set<String> direct = new LinkedHashSet<>();
      Object dependsOn = resource.get("DependsOn");
      if (dependsOn instanceof String name) {
        direct.add(name);
      } else if (dependsOn instanceof List<?> names) {
        names.forEach(name -> direct.add(String.valueOf(name)));
      }
      references(resource.get("Properties"), direct, 0);
      for (String name : direct) {
        if (resources.containsKey(name) && seen.add(name)) {
          todo.add(name);
        }
      }
    }
    return seen;
  }

  /** Adds the names that {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub} in a node refer to. */
  private static void references(@Nullable Object node, Set<String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof List<?> list) {
      list.forEach(item -> references(item, out, depth + 1));
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object key = entry.getKey();
      Object value = entry.getValue();
      if ("Ref".equals(key) && value instanceof String name) {
        out.add(name);
      } else if ("Fn::GetAtt".equals(key)) {
        if (value instanceof String s) {
          out.add(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
          out.add(String.valueOf(list.get(0)));
        }
      } else if ("Fn::Sub".equals(key)) {
        Object text = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        if (text instanceof String s) {
          Matcher matcher = SUB_VARIABLE.matcher(s);
          while (matcher.find()) {
            out.add(matcher.group(1));
          }
        }
      }
      references(value, out, depth + 1);
    }
  }

  private static boolean isTrue(@Nullable Object value) {
    return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
  }

  private static boolean isFalse(@Nullable Object value) {
    return Boolean.FALSE.equals(value) || "false".equalsIgnoreCase(String.valueOf(value));
  }

  /** Returns the reason of the first unknown value inside a resolved value, if any. */
  private static Optional<String> firstUnknown(@Nullable Object value) {
    if (value instanceof Unknown u) {
      return Optional.of(u.reason());
    }
    if (value instanceof PoolReference reference) {
      return Optional.of(
          "the id of user pool " + reference.resource() + " is known only at deploy");
    }
    if (value instanceof Map<?, ?> map) {
      for (Object item : map.values()) {
        Optional<String> found = firstUnknown(item);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Optional<String> found = firstUnknown(item);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  // ---- conditions ------------------------------------------------------------------------

  /** Returns whether the resource is created: its {@code Condition}, if any; empty if unknown. */
  private Optional<Boolean> resourceCondition(String id, Map<?, ?> resource) {
    Object condition = resource.get("Condition");
    if (condition == null) {
      return Optional.of(true);
    }
    if (!(condition instanceof String name)) {
      sink.add(DefinitionProblem.of("Resources." + id + ".Condition", "expected a condition name"));
      return Optional.empty();
    }
    return condition(name, "Resources." + id + ".Condition");
  }

  private Optional<Boolean> condition(String name, String path) {
    Optional<Boolean> cached = conditionValues.get(name);
    if (cached != null) {
      return cached;
    }
    if (!conditions.containsKey(name)) {
      sink.add(DefinitionProblem.of(path, "no condition named " + name + " in Conditions"));
      return Optional.empty();
    }
    String key = "Condition " + name;
    if (!visiting.add(key)) {
      sink.add(DefinitionProblem.of("Conditions." + name, "circular condition " + name));
      return Optional.empty();
    }
    try {
      Optional<Boolean> value = evaluate(conditions.get(name), "Conditions." + name);
      conditionValues.put(name, value);
      return value;
    } finally {
      visiting.remove(key);
    }
  }

  private Optional<Boolean> evaluate(@Nullable Object node, String path) {
    if (!(node instanceof Map<?, ?> map) || map.size() != 1) {
      sink.add(DefinitionProblem.of(path, "expected a condition function"));
      return Optional.empty();
    }
    Map.Entry<?, ?> entry = map.entrySet().iterator().next();
    String function = String.valueOf(entry.getKey());
    Object argument = entry.getValue();
    String at = path + "." + function;
    return switch (function) {
      case "Condition" ->
          argument instanceof String name
              ? condition(name, at)
              : problem(at, "expected a condition name");
      case "Fn::Equals" -> equalsCondition(argument, at);
      case "Fn::Not" -> {
        List<?> operands = arguments(argument, 1, 1, at);
        yield operands == null
            ? Optional.empty()
            : evaluate(operands.get(0), at + "[0]").map(b -> !b);
      }
      case "Fn::And", "Fn::Or" -> junction(function.equals("Fn::And"), argument, at);
      default -> problem(at, function + " is not a condition function");
    };
  }

  private Optional<Boolean> equalsCondition(@Nullable Object argument, String at) {
    List<?> operands = arguments(argument, 2, 2, at);
    if (operands == null) {
      return Optional.empty();
    }
    Object left = resolve(operands.get(0), at + "[0]");
    Object right = resolve(operands.get(1), at + "[1]");
    if (left instanceof Unknown || right instanceof Unknown) {
      return Optional.empty();
    }
    return Optional.of(scalar(left).equals(scalar(right)));
  }

  /** Evaluates {@code Fn::And} ({@code and}) or {@code Fn::Or}; unknown operands may decide it. */
  private Optional<Boolean> junction(boolean and, @Nullable Object argument, String at) {
    List<?> operands = arguments(argument, 2, 10, at);
    if (operands == null) {
      return Optional.empty();
    }
    boolean unknown = false;
    for (int i = 0; i < operands.size(); i++) {
      Optional<Boolean> value = evaluate(operands.get(i), at + "[" + i + "]");
      if (value.isEmpty()) {
        unknown = true;
      } else if (value.get() != and) {
        return Optional.of(!and);
      }
    }
    return unknown ? Optional.empty() : Optional.of(and);
  }

  private Optional<Boolean> problem(String path, String message) {
    sink.add(DefinitionProblem.of(path, message));
    return Optional.empty();
  }

  private static String scalar(Object value) {
    if (value instanceof Number number) {
      return plain(number);
    }
    return String.valueOf(value);
  }

  // ---- values and intrinsic functions ----------------------------------------------------

  /**
   * Returns the value with its intrinsic functions resolved; {@link Unknown} where they cannot be.
   */
  Object resolve(@Nullable Object node, String path) {
    if (depth >= MAX_DEPTH) {
      sink.add(DefinitionProblem.of(path, "nested deeper than " + MAX_DEPTH + " levels"));
      return new Unknown("nested deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    try {
      return resolveNode(node, path);
    } finally {
      depth--;
    }
  }

  private Object resolveNode(@Nullable Object node, String path) {
    if (node == null) {
      return NoValue.INSTANCE;
    }
    if (node instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        Object key = map.keySet().iterator().next();
        if (key instanceof String name && (name.equals("Ref") || name.startsWith("Fn::"))) {
          return intrinsic(name, map.get(name), path + "." + name);
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object value = resolve(entry.getValue(), path + "." + key);
        if (value != NoValue.INSTANCE) {
          out.put(key, value);
        }
      }
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Object value = resolve(list.get(i), path + "[" + i + "]");
        if (value != NoValue.INSTANCE) {
          out.add(value);
        }
      }
      return out;
    }
    if (node instanceof String || node instanceof Number || node instanceof Boolean) {
      return node;
    }
    sink.add(DefinitionProblem.of(path, "not a JSON value: " + node.getClass().getSimpleName()));
    return new Unknown("not a JSON value");
  }

  private Object intrinsic(String function, @Nullable Object argument, String path) {
    return switch (function) {
      case "Ref" ->
          argument instanceof String name ? ref(name, path) : bad(path, "expected a name");
      case "Fn::GetAtt" -> getAtt(argument, path);
      case "Fn::Sub" -> sub(argument, path);
      case "Fn::Join" -> join(argument, path);
      case "Fn::Select" -> select(argument, path);
      case "Fn::Split" -> split(argument, path);
      case "Fn::If" -> ifFunction(argument, path);
      case "Fn::FindInMap" -> findInMap(argument, path);
      case "Fn::Base64" -> base64(argument, path);
      case "Fn::ImportValue", "Fn::GetAZs", "Fn::Cidr" ->
          new Unknown(function + " is known only at deploy");
      default -> new Unknown(function + " is not an intrinsic function poolclient resolves");
    };
  }

  private Object base64(@Nullable Object argument, String path) {
    Object value = resolve(argument, path);
    if (value instanceof Unknown) {
      return value;
    }
    if (!(value instanceof String s)) {
      return bad(path, "expected a string");
    }
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Stands for a name the template's {@code Transform} may generate: known only at deploy. */
  private static Unknown generated(String name) {
    return new Unknown(
        name + " is not in the template; the template's Transform may generate it at deploy");
  }

  private Object bad(String path, String message) {
    sink.add(DefinitionProblem.of(path, message));
    return new Unknown(path + ": " + message);
  }

  private Object ref(String name, String path) {
    if (name.equals("AWS::NoValue")) {
      return NoValue.INSTANCE;
    }
    if (name.startsWith("AWS::")) {
      return new Unknown("the pseudo parameter " + name + " is known only at deploy");
    }
    if (parameters.containsKey(name)) {
      return parameter(name);
    }
    Map<?, ?> resource = resources.get(name);
    if (resource == null) {
      return transformed
          ? generated(name)
          : bad(path, "Ref to " + name + ": no parameter or resource of that name");
    }
    Object type = resource.get("Type");
    if (USER_POOL.equals(type)) {
      return new PoolReference(name);
    }
    String property =
        RESOURCE_SERVER.equals(type)
            ? "Identifier"
            : IDENTITY_PROVIDER.equals(type) ? "ProviderName" : null;
    if (property == null || !(resource.get("Properties") instanceof Map<?, ?> properties)) {
      return new Unknown("Ref " + name + " (" + type + ") is known only at deploy");
    }
    String key = "Ref " + name;
    if (!visiting.add(key)) {
      return bad(path, "circular reference: Ref " + name + " refers back to itself");
    }
    try {
      Object value =
          resolve(properties.get(property), "Resources." + name + ".Properties." + property);
      return value == NoValue.INSTANCE ? new Unknown(name + " has no " + property) : value;
    } finally {
      visiting.remove(key);
    }
  }

  private Object parameter(String name) {
    Object definition = parameters.get(name);
    Map<?, ?> parameter = definition instanceof Map<?, ?> map ? map : ImmutableMap.of();
    String type = String.valueOf(parameter.get("Type"));
    Object value = parameterValues.get(name);
    if (value == null) {
      if (type.startsWith("AWS::SSM::Parameter::Value")) {
        return new Unknown("the parameter " + name + " is read from SSM at deploy");
      }
      value = parameter.get("Default");
      if (value == null) {
        return new Unknown("the parameter " + name + " has no Default");
      }
    }
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      // "Each member string is space trimmed" (CloudFormation user guide, Parameters).
      return ImmutableList.copyOf(LIST_PARAMETER.split(scalar(value)));
    }
    return scalar(value);
  }

  private Object getAtt(@Nullable Object argument, String path) {
    String resource;
    Object attribute;
    if (argument instanceof String s && s.indexOf('.') > 0) {
      resource = s.substring(0, s.indexOf('.'));
      attribute = s.substring(s.indexOf('.') + 1);
    } else if (argument instanceof List<?> list
        && list.size() == 2
        && list.get(0) instanceof String r) {
      resource = r;
      attribute = resolve(list.get(1), path + "[1]");
    } else {
      return bad(path, "expected [resource, attribute] or \"resource.attribute\"");
    }
    Map<?, ?> target = resources.get(resource);
    if (target == null) {
      return transformed
          ? generated(resource)
          : bad(path, "Fn::GetAtt of " + resource + ": no resource of that name");
    }
    if (USER_POOL.equals(target.get("Type")) && "UserPoolId".equals(attribute)) {
      return new PoolReference(resource);
    }
    return new Unknown("Fn::GetAtt " + resource + "." + attribute + " is known only at deploy");
  }

  private Object sub(@Nullable Object argument, String path) {
    String text;
    Map<?, ?> variables = ImmutableMap.of();
    if (argument instanceof String s) {
      text = s;
    } else if (argument instanceof List<?> list
        && list.size() == 2
        && list.get(0) instanceof String s
        && list.get(1) instanceof Map<?, ?> map) {
      text = s;
      variables = map;
    } else {
      return bad(path, "expected a string or [string, {variables}]");
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int start = text.indexOf("${", at);
      if (start < 0) {
        out.append(text, at, text.length());
        break;
      }
      out.append(text, at, start);
      if (text.startsWith("${!", start)) {
        out.append("${");
        at = start + 3;
        continue;
      }
      int end = text.indexOf('}', start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      String name = text.substring(start + 2, end).trim();
      Object value;
      if (variables.containsKey(name)) {
        value = resolve(variables.get(name), path + "[1]." + name);
      } else if (name.indexOf('.') > 0) {
        value = getAtt(name, path);
      } else {
        value = ref(name, path);
      }
      if (value instanceof Unknown) {
        return value;
      }
      if (value instanceof PoolReference reference) {
        return new Unknown(
            "the id of user pool " + reference.resource() + " is known only at deploy");
      }
      if (value instanceof Map || value instanceof List || value == NoValue.INSTANCE) {
        return bad(path, "${" + name + "} is not a string");
      }
      out.append(scalar(value));
      at = end + 1;
    }
    return out.toString();
  }

  private Object join(@Nullable Object argument, String path) {
    List<?> arguments = arguments(argument, 2, 2, path);
    if (arguments == null) {
      return new Unknown(path + ": malformed");
    }
    Object delimiter = resolve(arguments.get(0), path + "[0]");
    Object items = resolve(arguments.get(1), path + "[1]");
    if (items instanceof Unknown) {
      return items;
    }
    if (!(delimiter instanceof String d) || !(items instanceof List<?> list)) {
      return bad(path, "expected [delimiter, [values]]");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof Unknown) {
        return item;
      }
      if (item instanceof PoolReference reference) {
        return new Unknown(
            "the id of user pool " + reference.resource() + " is known only at deploy");
      }
      if (item instanceof Map || item instanceof List) {
        return bad(path + "[1][" + i + "]", "expected a string");
      }
      if (i > 0) {
        out.append(d);
      }
      out.append(scalar(item));
    }
    return out.toString();
  }

  private Object select(@Nullable Object argument, String path) {
    List<?> arguments = arguments(argument, 2, 2, path);
    if (arguments == null) {
      return new Unknown(path + ": malformed");
    }
    Object index = resolve(arguments.get(0), path + "[0]");
    Object items = resolve(arguments.get(1), path + "[1]");
    if (index instanceof Unknown) {
      return index;
    }
    if (items instanceof Unknown) {
      return items;
    }
    int i;
    try {
      i = new BigDecimal(scalar(index)).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return bad(path + "[0]", "expected an index, got " + scalar(index));
    }
    if (!(items instanceof List<?> list)) {
      return bad(path + "[1]", "expected a list");
    }
    if (i < 0 || i >= list.size()) {
      return bad(path, "index " + i + " is outside a list of " + list.size());
    }
    return list.get(i);
  }

  private Object split(@Nullable Object argument, String path) {
    List<?> arguments = arguments(argument, 2, 2, path);
    if (arguments == null) {
      return new Unknown(path + ": malformed");
    }
    Object delimiter = resolve(arguments.get(0), path + "[0]");
    Object text = resolve(arguments.get(1), path + "[1]");
    if (text instanceof Unknown) {
      return text;
    }
    if (!(delimiter instanceof String d) || d.isEmpty() || !(text instanceof String s)) {
      return bad(path, "expected [delimiter, string]");
    }
    return ImmutableList.copyOf(s.split(Pattern.quote(d), -1));
  }

  private Object ifFunction(@Nullable Object argument, String path) {
    List<?> arguments = arguments(argument, 3, 3, path);
    if (arguments == null) {
      return new Unknown(path + ": malformed");
    }
    if (!(arguments.get(0) instanceof String name)) {
      return bad(path + "[0]", "expected a condition name");
    }
    Optional<Boolean> value = condition(name, path + "[0]");
    if (value.isEmpty()) {
      return new Unknown("the condition " + name + " is known only at deploy");
    }
    return value.get()
        ? resolve(arguments.get(1), path + "[1]")
        : resolve(arguments.get(2), path + "[2]");
  }

  private Object findInMap(@Nullable Object argument, String path) {
    List<?> arguments = arguments(argument, 3, 4, path);
    if (arguments == null) {
      return new Unknown(path + ": malformed");
    }
    Object node = mappings;
    for (int i = 0; i < 3; i++) {
      Object key = resolve(arguments.get(i), path + "[" + i + "]");
      if (key instanceof Unknown) {
        return key;
      }
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(scalar(key))) {
        // AWS::LanguageExtensions: a fourth argument {DefaultValue: x} stands in for a missing key.
        if (arguments.size() == 4
            && arguments.get(3) instanceof Map<?, ?> options
            && options.containsKey("DefaultValue")) {
          return resolve(options.get("DefaultValue"), path + "[3].DefaultValue");
        }
        return bad(path + "[" + i + "]", "no mapping entry " + scalar(key));
      }
      node = map.get(scalar(key));
    }
    return resolve(node, path);
  }

  /** Returns the argument list of a function, or null after recording a problem. */
  private @Nullable List<?> arguments(@Nullable Object argument, int min, int max, String path) {
    if (argument instanceof List<?> list && list.size() >= min && list.size() <= max) {
      return list;
    }
    String count = min == max ? String.valueOf(min) : min + " to " + max;
    sink.add(DefinitionProblem.of(path, "expected a list of " + count + " arguments"));
    return null;
  }

  private static String plain(Number number) {
    try {
      return new BigDecimal(number.toString()).toPlainString();
    } catch (NumberFormatException e) {
      return number.toString();
    }
  }

  private static String describeNullable(Object value) {
    return value == null ? "null" : ClientChecker.describe(value);
  }
}
