package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one {@link ClientDefinition}: turns its properties into a request, runs the rule chain
 * against the pool the definition declares, and keeps only the violations whose every input is
 * known (see {@link RuleInputs}).
 */
final class ClientChecker {

  /** A member's kind, as the CloudFormation resource schema types it. */
  private enum Kind {
    STRING,
    INTEGER,
    BOOLEAN,
    STRING_LIST,
    STRUCTURE
  }

  private record Spec(Kind kind, ImmutableMap<String, Kind> nested) {
    static Spec of(Kind kind) {
      return new Spec(kind, ImmutableMap.of());
    }
  }

  /** The app client's members in M-table order, with their kinds. */
  private static final ImmutableMap<String, Spec> MEMBERS =
      ImmutableMap.<String, Spec>builder()
          .put("UserPoolId", Spec.of(Kind.STRING))
          .put("ClientName", Spec.of(Kind.STRING))
          .put("ClientSecret", Spec.of(Kind.STRING))
          .put("GenerateSecret", Spec.of(Kind.BOOLEAN))
          .put("RefreshTokenValidity", Spec.of(Kind.INTEGER))
          .put("AccessTokenValidity", Spec.of(Kind.INTEGER))
          .put("IdTokenValidity", Spec.of(Kind.INTEGER))
          .put(
              "TokenValidityUnits",
              new Spec(
                  Kind.STRUCTURE,
                  ImmutableMap.of(
                      "AccessToken", Kind.STRING,
                      "IdToken", Kind.STRING,
                      "RefreshToken", Kind.STRING)))
          .put("ReadAttributes", Spec.of(Kind.STRING_LIST))
          .put("WriteAttributes", Spec.of(Kind.STRING_LIST))
          .put("ExplicitAuthFlows", Spec.of(Kind.STRING_LIST))
          .put("SupportedIdentityProviders", Spec.of(Kind.STRING_LIST))
          .put("CallbackURLs", Spec.of(Kind.STRING_LIST))
          .put("LogoutURLs", Spec.of(Kind.STRING_LIST))
          .put("DefaultRedirectURI", Spec.of(Kind.STRING))
          .put("AllowedOAuthFlows", Spec.of(Kind.STRING_LIST))
          .put("AllowedOAuthScopes", Spec.of(Kind.STRING_LIST))
          .put("AllowedOAuthFlowsUserPoolClient", Spec.of(Kind.BOOLEAN))
          .put("EnableTokenRevocation", Spec.of(Kind.BOOLEAN))
          .put("EnablePropagateAdditionalUserContextData", Spec.of(Kind.BOOLEAN))
          .put(
              "AnalyticsConfiguration",
              new Spec(
                  Kind.STRUCTURE,
                  ImmutableMap.of(
                      "ApplicationId", Kind.STRING,
                      "ApplicationArn", Kind.STRING,
                      "RoleArn", Kind.STRING,
                      "ExternalId", Kind.STRING,
                      "UserDataShared", Kind.BOOLEAN)))
          .put("PreventUserExistenceErrors", Spec.of(Kind.STRING))
          .put("AuthSessionValidity", Spec.of(Kind.INTEGER))
          .put(
              "RefreshTokenRotation",
              new Spec(
                  Kind.STRUCTURE,
                  ImmutableMap.of("Feature", Kind.STRING, "RetryGracePeriodSeconds", Kind.INTEGER)))
          .buildOrThrow();

  /** Where a member is unknown, why, and whether only some of its list entries are. */
  private record UnknownMember(String wirePath, String reason, boolean partial) {}

  private static final RuleChain CHAIN = RuleChain.standard();

  /** Stands for a pool id known only at deploy, in the request and in messages. */
  static final String UNKNOWN_POOL_ID = "${UserPoolId}";

  private static final ImmutableList<String> RULE_ORDER =
      CHAIN.descriptors().stream()
          .map(RuleDescriptor::id)
          .distinct()
          .collect(ImmutableList.toImmutableList());

  private final ClientDefinition definition;
  private final Map<String, Object> wire = new LinkedHashMap<>();
  private final Map<String, UnknownMember> unknown = new LinkedHashMap<>();
  private final List<DefinitionProblem> problems = new ArrayList<>();
  private final List<NotChecked> notes = new ArrayList<>();

  private ClientChecker(ClientDefinition definition) {
    this.definition = definition;
    problems.addAll(definition.problems());
    notes.addAll(definition.notes());
  }

  /** Returns the report of one client. */
  static ClientReport check(ClientDefinition definition) {
    return new ClientChecker(definition).run();
  }

  private ClientReport run() {
    boolean poolFromDefinition = readMembers();
    CreateUserPoolClientRequest request = toRequest();
    UserPoolContext pool =
        definition
            .pool()
            .orElseGet(
                () -> UserPoolContext.builder().id(request.userPoolId().orElse("unknown")).build());
    Map<String, NotChecked> unknownInputs = new LinkedHashMap<>();
    unknown.forEach(
        (member, info) ->
            unknownInputs.put(
                member,
                NotChecked.of(
                    definition.pathOf().apply(info.wirePath()),
                    info.reason(),
                    ImmutableList.of())));
    unknownInputs.putAll(definition.unknownPoolFacts());

    ImmutableList<Violation> all = CHAIN.validate(request, Optional.of(pool), RuleChain.Mode.ALL);
    ImmutableList.Builder<DeployViolation> kept = ImmutableList.builder();
    for (Violation violation : all) {
      if (poolFromDefinition && violation.ruleId().equals("M-01")) {
        continue; // Cognito gives the pool a valid id.
      }
      if (checkable(violation)) {
        kept.add(DeployViolation.of(violation, pathOf(violation)));
      }
    }
    ImmutableList.Builder<NotChecked> notChecked = ImmutableList.builder();
    notChecked.addAll(notes);
    unknownInputs.forEach(
        (input, entry) -> {
          boolean partial = unknown.containsKey(input) && unknown.get(input).partial();
          ImmutableList<String> rules =
              RULE_ORDER.stream()
                  .filter(rule -> RuleInputs.reads(rule, input))
                  .filter(rule -> !(partial && RuleInputs.perEntry(rule, input)))
                  .collect(ImmutableList.toImmutableList());
          notChecked.add(NotChecked.of(entry.path(), entry.reason(), rules));
        });
    return ClientReport.builder()
        .resource(definition.resource())
        .request(request)
        .violations(kept.build())
        .notChecked(merge(notChecked.build()))
        .problems(problems)
        .build();
  }

  /** Merges the entries of one path and reason into one, rule ids in chain order. */
  private static ImmutableList<NotChecked> merge(ImmutableList<NotChecked> entries) {
    Map<List<String>, Set<String>> rules = new LinkedHashMap<>();
    for (NotChecked entry : entries) {
      rules
          .computeIfAbsent(List.of(entry.path(), entry.reason()), k -> new LinkedHashSet<>())
          .addAll(entry.ruleIds());
    }
    ImmutableList.Builder<NotChecked> out = ImmutableList.builder();
    rules.forEach(
        (key, ids) ->
            out.add(
                NotChecked.of(
                    key.get(0),
                    key.get(1),
                    RULE_ORDER.stream()
                        .filter(ids::contains)
                        .collect(ImmutableList.toImmutableList()))));
    return out.build();
  }

  /**
   * Returns whether every input of the violation's rule is known. For a rule that judges list
   * entries one by one, an unknown entry matters only to violations about its own list, and not at
   * all when the violation is about a known entry.
   */
  private boolean checkable(Violation violation) {
    String ruleId = violation.ruleId();
    String about = wireMember(violation.field());
    for (Map.Entry<String, UnknownMember> entry : unknown.entrySet()) {
      String member = entry.getKey();
      if (!RuleInputs.reads(ruleId, member)) {
        continue;
      }
      boolean perEntry = RuleInputs.perEntry(ruleId, member);
      if (perEntry && (entry.getValue().partial() || !member.equals(about))) {
        continue;
      }
      return false;
    }
    for (String fact : definition.unknownPoolFacts().keySet()) {
      if (RuleInputs.reads(ruleId, fact)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the wire name of the member a violation field names ({@code callbackURLs}). */
  private static String wireMember(String field) {
    String head = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    return head.isEmpty()
        ? head
        : head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1);
  }

  /**
   * Reads the members into {@link #wire}; returns whether the pool id is one the definition
   * creates.
   */
  private boolean readMembers() {
    boolean poolFromDefinition = false;
    for (Map.Entry<String, Object> property : definition.properties().entrySet()) {
      String name = property.getKey();
      Spec spec = MEMBERS.get(name);
      if (spec == null) {
        notes.add(
            NotChecked.of(
                definition.pathOf().apply(name),
                "not a property of CreateUserPoolClient that poolclient knows",
                ImmutableList.of()));
        continue;
      }
      Object value = property.getValue();
      if (name.equals("UserPoolId") && value instanceof PoolReference reference) {
        poolFromDefinition = true;
        wire.put(name, definition.pool().map(UserPoolContext::id).orElse(reference.resource()));
        continue;
      }
      Object read =
          spec.kind() == Kind.STRUCTURE
              ? readStructure(name, value, spec.nested())
              : read(name, value, spec.kind());
      if (read instanceof Unknown u) {
        unknown.putIfAbsent(name, new UnknownMember(name, u.reason(), false));
        if (name.equals("UserPoolId")) {
          // Some pool: the business rules run only for a request that names one.
          wire.put(name, UNKNOWN_POOL_ID);
        }
      } else {
        wire.put(name, read);
      }
    }
    if (!wire.containsKey("ClientName") && !unknown.containsKey("ClientName")) {
      definition.defaultClientName().ifPresent(n -> wire.put("ClientName", n));
    }
    return poolFromDefinition;
  }

  private Object readStructure(String name, Object value, ImmutableMap<String, Kind> nested) {
    if (value instanceof Unknown) {
      return value;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return wrongType(name, value, "an object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        continue;
      }
      Kind kind = nested.get(key);
      if (kind == null) {
        continue; // CloudFormation rejects unknown nested properties; nothing Cognito checks.
      }
      Object read = read(name + "." + key, entry.getValue(), kind);
      if (read instanceof Unknown u) {
        unknown.putIfAbsent(name, new UnknownMember(name + "." + key, u.reason(), false));
        return u;
      }
      out.put(key, read);
    }
    return out;
  }

  /** Returns the value in its wire kind, an {@link Unknown}, or records a problem. */
  private Object read(String wirePath, Object value, Kind kind) {
    if (value instanceof Unknown) {
      return value;
    }
    if (value instanceof PoolReference reference) {
      return new Unknown(
          "the id of user pool " + reference.resource() + " is known only at deploy");
    }
    return switch (kind) {
      case STRING -> {
        if (value instanceof String || value instanceof Boolean) {
          yield value.toString();
        }
        yield value instanceof Number number
            ? plain(number)
            : wrongType(wirePath, value, "a string");
      }
      case INTEGER -> readInteger(wirePath, value);
      // CloudFormation accepts "true" and "false" (any case) for a Boolean property.
      case BOOLEAN ->
          value instanceof Boolean
              ? value
              : value instanceof String s
                      && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
                  ? Boolean.valueOf(s)
                  : wrongType(wirePath, value, "a boolean");
      case STRING_LIST -> readList(wirePath, value);
      case STRUCTURE -> wrongType(wirePath, value, "a value");
    };
  }

  private Object readInteger(String wirePath, Object value) {
    // CloudFormation accepts an integer written as a string ("3600"), e.g. from Fn::Sub or a
    // parameter of type Number.
    String text =
        value instanceof Number number
            ? plain(number)
            : value instanceof String s ? s.trim() : null;
    if (text != null) {
      try {
        return new BigDecimal(text).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        // falls through to the problem below
      }
    }
    return wrongType(wirePath, value, "a 32-bit integer");
  }

  private Object readList(String wirePath, Object value) {
    if (!(value instanceof List<?> list)) {
      return wrongType(wirePath, value, "a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String itemPath = wirePath + "[" + i + "]";
      Object item = read(itemPath, list.get(i), Kind.STRING);
      if (item instanceof Unknown u) {
        unknown.putIfAbsent(wirePath, new UnknownMember(itemPath, u.reason(), true));
      } else {
        out.add((String) item);
      }
    }
    return out;
  }

  private Unknown wrongType(String wirePath, Object value, String expected) {
    String path = definition.pathOf().apply(wirePath);
    problems.add(DefinitionProblem.of(path, "expected " + expected + ", got " + describe(value)));
    return new Unknown("the value is not " + expected);
  }

  private CreateUserPoolClientRequest toRequest() {
    try {
      return io.github.poolclient.wire.WireFormat.readCreateUserPoolClientRequest(wire);
    } catch (CognitoException e) {
      // Not reached: every member was read into its wire kind above.
      problems.add(DefinitionProblem.of(definition.resource(), e.getMessage()));
      return CreateUserPoolClientRequest.builder().build();
    }
  }

  /** Returns the definition path of a violation, down to the list entry it is about. */
  private String pathOf(Violation violation) {
    String field = violation.field();
    String member =
        field.isEmpty()
            ? field
            : field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    int dot = member.indexOf('.');
    if (dot > 0) {
      String head = member.substring(0, dot);
      String tail = member.substring(dot + 1);
      member = head + "." + tail.substring(0, 1).toUpperCase(Locale.ROOT) + tail.substring(1);
    }
    Object value = wire.get(member);
    // A model constraint item prints the whole list: it is about the member, not an entry.
    if (value instanceof List<?> entries && violation.stage() != Stage.MODEL) {
      int index = entryIndex(entries, violation.message());
      if (index >= 0) {
        return definition.pathOf().apply(member + "[" + originalIndex(member, index) + "]");
      }
    }
    return definition.pathOf().apply(member);
  }

  /**
   * Returns the index of the entry a message is about: the longest entry that the message names as
   * a word (at its start, at its end or between spaces); -1 when it names none, as for a message
   * about the whole list.
   */
  private static int entryIndex(List<?> entries, String message) {
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < entries.size(); i++) {
      String entry = String.valueOf(entries.get(i));
      boolean named =
          message.startsWith(entry + " ")
              || message.endsWith(" " + entry)
              || message.contains(" " + entry + " ");
      if (!entry.isEmpty() && named && entry.length() > bestLength) {
        best = i;
        bestLength = entry.length();
      }
    }
    return best;
  }

  /** Maps an index among the known entries back to the index in the definition's list. */
  private int originalIndex(String member, int knownIndex) {
    Object original = definition.properties().get(member);
    if (!(original instanceof List<?> list)) {
      return knownIndex;
    }
    int seen = -1;
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Unknown) && !(list.get(i) instanceof PoolReference)) {
        seen++;
        if (seen == knownIndex) {
          return i;
        }
      }
    }
    return knownIndex;
  }

  private static String plain(Number number) {
    try {
      return new BigDecimal(number.toString()).toPlainString();
    } catch (NumberFormatException e) {
      return number.toString(); // NaN, infinities
    }
  }

  static String describe(Object value) {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a " + value.getClass().getSimpleName();
  }

  /** Returns the ids of the rules of the chain, in order, without repeats. */
  static ImmutableList<String> ruleOrder() {
    return RULE_ORDER;
  }

  /** Returns the names of the members the checker knows, in M-table order. */
  static Set<String> memberNames() {
    return new LinkedHashSet<>(MEMBERS.keySet());
  }
}
