package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.MemberShape;
import io.github.poolclient.wire.WireFormat;
import io.github.poolclient.wire.WireType;
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
 * known (see {@link RuleInputs}); then runs the advisories under the client's policy (the caller's,
 * plus the definition's suppressions) and keeps only those whose inputs are known (see {@link
 * AdvisoryInputs}), followed by the definition's deploy-order advisories.
 */
final class ClientChecker {

  /**
   * The request's members in M-table order, from the wire catalogue (the properties of {@code
   * AWS::Cognito::UserPoolClient} carry the same names and types).
   */
  private static final ImmutableMap<String, MemberShape> MEMBERS =
      Maps.uniqueIndex(WireFormat.createUserPoolClientRequestMembers(), MemberShape::name);

  /** Where a member is unknown, why, and whether only some of its list entries are. */
  private record UnknownMember(String wirePath, String reason, boolean partial) {}

  private static final RuleChain CHAIN = RuleChain.standard();

  /** Stands for a pool id known only at deploy, in the request and in messages. */
  static final String UNKNOWN_POOL_ID = "${UserPoolId}";

  private static final ImmutableList<String> ADVISORY_ORDER =
      Advisor.descriptors().stream()
          .map(AdvisoryDescriptor::id)
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<String> RULE_ORDER =
      CHAIN.descriptors().stream()
          .map(RuleDescriptor::id)
          .distinct()
          .collect(ImmutableList.toImmutableList());

  private final ClientDefinition definition;
  private final AdvicePolicy policy;
  private final Map<String, Object> wire = new LinkedHashMap<>();
  private final Map<String, UnknownMember> unknown = new LinkedHashMap<>();
  private final List<DefinitionProblem> problems = new ArrayList<>();
  private final List<NotChecked> notes = new ArrayList<>();

  private ClientChecker(ClientDefinition definition, AdvicePolicy policy) {
    this.definition = definition;
    this.policy =
        definition.suppressions().isEmpty()
            ? policy
            : policy.withSuppressions(
                ImmutableMap.<String, String>builder()
                    .putAll(policy.suppressions())
                    .putAll(definition.suppressions())
                    .buildKeepingLast());
    problems.addAll(definition.problems());
    notes.addAll(definition.notes());
  }

  /**
   * Returns the report of one client under {@code policy}; the definition's suppressions win over
   * the policy's for the same advisory.
   */
  static ClientReport check(ClientDefinition definition, AdvicePolicy policy) {
    return new ClientChecker(definition, policy).run();
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
          ImmutableList<String> advisories =
              ADVISORY_ORDER.stream()
                  .filter(AdvisoryInputs::known)
                  .filter(policy::runs)
                  .filter(id -> AdvisoryInputs.reads(id, input))
                  .filter(id -> !(partial && AdvisoryInputs.perEntry(id, input)))
                  .collect(ImmutableList.toImmutableList());
          notChecked.add(
              NotChecked.of(entry.path(), entry.reason(), rules).withAdvisoryIds(advisories));
        });
    return ClientReport.builder()
        .resource(definition.resource())
        .request(request)
        .violations(kept.build())
        .advisories(advise(request, pool))
        .notChecked(merge(notChecked.build()))
        .problems(problems)
        .build();
  }

  /** Merges the entries of one path and reason into one, rule ids in chain order. */
  private static ImmutableList<NotChecked> merge(ImmutableList<NotChecked> entries) {
    Map<List<String>, Set<String>> rules = new LinkedHashMap<>();
    for (NotChecked entry : entries) {
      Set<String> ids =
          rules.computeIfAbsent(List.of(entry.path(), entry.reason()), k -> new LinkedHashSet<>());
      ids.addAll(entry.ruleIds());
      ids.addAll(entry.advisoryIds());
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
                            .collect(ImmutableList.toImmutableList()))
                    .withAdvisoryIds(
                        ADVISORY_ORDER.stream()
                            .filter(ids::contains)
                            .collect(ImmutableList.toImmutableList()))));
    return out.build();
  }

  /**
   * Returns the advisories of the request under the client's policy, leaving out those that read a
   * value known only at deploy, then the deploy-order advisories (ADV-13, ADV-14).
   */
  private ImmutableList<DeployAdvisory> advise(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    ImmutableList.Builder<DeployAdvisory> out = ImmutableList.builder();
    for (Advisory advisory : Advisor.advise(request, pool, policy)) {
      if (!blocked(advisory)) {
        out.add(DeployAdvisory.of(advisory, advisoryPath(advisory.field())));
      }
    }
    for (Advisory advisory : definition.orderAdvisories()) {
      policy.apply(advisory).ifPresent(a -> out.add(DeployAdvisory.of(a, a.field())));
    }
    return out.build();
  }

  /**
   * Returns whether an advisory reads a value known only at deploy. An unknown entry of a list the
   * advisory judges entry by entry matters only to an advisory about that whole list.
   */
  private boolean blocked(Advisory advisory) {
    String id = advisory.id();
    String field = advisory.field();
    boolean aboutEntry = field.endsWith("]");
    String about = wireMember(aboutEntry ? field.substring(0, field.indexOf('[')) : field);
    for (String member : unknown.keySet()) {
      if (!AdvisoryInputs.reads(id, member)) {
        continue;
      }
      if (AdvisoryInputs.perEntry(id, member) && (aboutEntry || !member.equals(about))) {
        continue;
      }
      return true;
    }
    for (String fact : definition.unknownPoolFacts().keySet()) {
      if (AdvisoryInputs.reads(id, fact)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the definition path of an advisory's field, down to the list entry it is about. */
  private String advisoryPath(String field) {
    int bracket = field.indexOf('[');
    if (bracket < 0) {
      return definition.pathOf().apply(wireMember(field));
    }
    String member = wireMember(field.substring(0, bracket));
    try {
      int index = Integer.parseInt(field.substring(bracket + 1, field.length() - 1));
      return definition.pathOf().apply(member + "[" + originalIndex(member, index) + "]");
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return definition.pathOf().apply(member);
    }
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
      MemberShape member = MEMBERS.get(name);
      if (member == null) {
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
          member.type() == WireType.STRUCTURE
              ? readStructure(name, value, Maps.uniqueIndex(member.members(), MemberShape::name))
              : read(name, value, member.type());
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

  private Object readStructure(String name, Object value, Map<String, MemberShape> nested) {
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
      MemberShape member = nested.get(key);
      if (member == null) {
        continue; // CloudFormation rejects unknown nested properties; nothing Cognito checks.
      }
      Object read = read(name + "." + key, entry.getValue(), member.type());
      if (read instanceof Unknown u) {
        unknown.putIfAbsent(name, new UnknownMember(name + "." + key, u.reason(), false));
        return u;
      }
      out.put(key, read);
    }
    return out;
  }

  /** Returns the value in its wire kind, an {@link Unknown}, or records a problem. */
  private Object read(String wirePath, Object value, WireType type) {
    if (value instanceof Unknown) {
      return value;
    }
    if (value instanceof PoolReference reference) {
      return new Unknown(
          "the id of user pool " + reference.resource() + " is known only at deploy");
    }
    return switch (type) {
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
      // Not a type of a request member outside a structure (see readMembers).
      case STRUCTURE, STRUCTURE_LIST, TIMESTAMP -> wrongType(wirePath, value, "a value");
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
      Object item = read(itemPath, list.get(i), WireType.STRING);
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
      return WireFormat.readCreateUserPoolClientRequest(wire);
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
