package io.github.poolclient.conformance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.wire.WireFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Holds one conformance case and runs it through the public API: wire request in, wire response or
 * error body out, compared with the case's expectations (conformance README).
 */
final class ConformanceCase {

  /** The runner's fixed clock, 2026-01-01T00:00:00Z. */
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static final BigDecimal NOW_EPOCH_SECONDS = BigDecimal.valueOf(1767225600L);
  private static final Pattern CLIENT_ID = Pattern.compile("[0-9a-v]{26}");
  private static final Pattern GENERATED_SECRET = Pattern.compile("[0-9a-v]{52}");

  /** Strings longer than this are shortened in failure messages. */
  private static final int LONG_TEXT = 1000;

  /**
   * Splits the items of a model error. README: split on {@code "; "}; the split is only taken where
   * the next item starts ({@code Value ...}), so a value that itself holds {@code "; "} (e.g. a
   * rejected ClientName) stays one item.
   */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("; (?=Value )");

  private final String id;
  private final String origin;
  private final Map<String, Object> entry;

  private ConformanceCase(String id, String origin, Map<String, Object> entry) {
    this.id = id;
    this.origin = origin;
    this.entry = entry;
  }

  /** Returns the case of a parsed entry; {@code origin} names its file and index. */
  static ConformanceCase of(Map<String, Object> entry, String origin) {
    if (!(entry.get("id") instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("case without a string id at " + origin);
    }
    return new ConformanceCase(id, origin, entry);
  }

  String id() {
    return id;
  }

  String origin() {
    return origin;
  }

  /** Returns the seed of this case's random source: varied across cases, stable per id. */
  long seed() {
    return id.hashCode();
  }

  /** Runs the case; throws an assertion error whose message starts with the id on any mismatch. */
  void run() {
    List<String> problems = new ArrayList<>();
    Outcome outcome;
    try {
      outcome = execute(problems);
      check(outcome, problems);
    } catch (RuntimeException e) {
      throw new AssertionFailedError(id + ": threw " + e, e);
    }
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          id
              + ": "
              + problems.size()
              + (problems.size() == 1 ? " mismatch" : " mismatches")
              + " (seed "
              + seed()
              + ", "
              + origin
              + ")\n  - "
              + String.join("\n  - ", problems)
              + "\n  actual: "
              + render(outcome.body()));
    }
  }

  /** Holds what the call answered on the wire: a response or an error body. */
  private record Outcome(boolean created, Map<String, Object> body) {}

  private Outcome execute(List<String> problems) {
    UserPoolLookup pools = pools();
    CreateUserPoolClientRequest request;
    try {
      request = WireFormat.readCreateUserPoolClientRequest(objectMember(entry, "request"));
    } catch (CognitoException e) {
      // 12.1 step 1: the body did not decode; nothing reached the rules.
      return new Outcome(false, WireFormat.write(e));
    }
    UserPoolClientFactory factory =
        UserPoolClientFactory.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .random(new SplittableRandom(seed()))
            .build();
    ImmutableList<Violation> violations = factory.validate(request, pools);
    try {
      Map<String, Object> body = WireFormat.write(factory.create(request, pools));
      if (!violations.isEmpty()) {
        problems.add("create succeeded but validate reported " + violations);
      }
      return new Outcome(true, body);
    } catch (CognitoException e) {
      if (violations.isEmpty()) {
        problems.add("create threw " + e + " but validate reported nothing");
      } else if (violations.get(0).errorType() != e.errorType()) {
        problems.add(
            "validate's first violation has type "
                + violations.get(0).errorType().wireName()
                + " but create threw "
                + e.errorType().wireName());
      }
      return new Outcome(false, WireFormat.write(e));
    }
  }

  /** README: pool absent means the default pool, {@code null} means no pool exists. */
  private UserPoolLookup pools() {
    if (!entry.containsKey("pool")) {
      return UserPoolLookup.of(WireFormat.readUserPoolContext(Map.of()));
    }
    if (entry.get("pool") == null) {
      return UserPoolLookup.none();
    }
    return UserPoolLookup.of(WireFormat.readUserPoolContext(objectMember(entry, "pool")));
  }

  private void check(Outcome outcome, List<String> problems) {
    Map<String, Object> expect = objectMember(entry, "expect");
    boolean expectsError = expect.containsKey("error");
    if (expectsError == expect.containsKey("client")) {
      throw new IllegalStateException("case must expect exactly one of error or client");
    }
    if (expectsError) {
      if (expect.containsKey("absent")) {
        throw new IllegalStateException("case expects an error and absent members");
      }
      checkError(objectMember(expect, "error"), outcome, problems);
    } else {
      checkClient(expect, outcome, problems);
    }
  }

  private static void checkError(
      Map<String, Object> expected, Outcome outcome, List<String> problems) {
    if (outcome.created()) {
      problems.add("expected error " + render(expected) + " but create succeeded");
      return;
    }
    Map<String, Object> body = outcome.body();
    compare("__type", expected.get("type"), body.get("__type"), problems);
    if (!(body.get("message") instanceof String message)) {
      problems.add("error body has no string message: " + render(body));
      return;
    }
    if (expected.containsKey("message")) {
      compare("message", expected.get("message"), message, problems);
    }
    if (expected.containsKey("messageContains")) {
      for (Object part : listMember(expected, "messageContains")) {
        if (!message.contains(String.valueOf(part))) {
          problems.add(
              "message: expected to contain " + render(part) + " but was " + render(message));
        }
      }
    }
    if (expected.containsKey("items")) {
      checkItems(listMember(expected, "items"), message, problems);
    }
  }

  /** README: the count prefix must be right and the items, split on "; ", equal as a set. */
  private static void checkItems(List<?> expectedItems, String message, List<String> problems) {
    int count = expectedItems.size();
    String prefix =
        count + (count == 1 ? " validation error detected: " : " validation errors detected: ");
    if (!message.startsWith(prefix)) {
      problems.add(
          "message: expected to start with " + render(prefix) + " but was " + render(message));
      return;
    }
    List<String> actualItems =
        Arrays.asList(ITEM_SEPARATOR.split(message.substring(prefix.length()), -1));
    Set<String> expected = expectedItems.stream().map(String::valueOf).collect(Collectors.toSet());
    Set<String> actual = new HashSet<>(actualItems);
    if (!expected.equals(actual) || actualItems.size() != count) {
      problems.add(
          "items: expected "
              + count
              + " "
              + render(expectedItems)
              + " but was "
              + actualItems.size()
              + " "
              + render(actualItems)
              + "; missing "
              + render(ImmutableList.copyOf(Sets.difference(expected, actual)))
              + ", unexpected "
              + render(ImmutableList.copyOf(Sets.difference(actual, expected))));
    }
  }

  private void checkClient(Map<String, Object> expect, Outcome outcome, List<String> problems) {
    if (!outcome.created()) {
      problems.add(
          "expected a client but got "
              + render(outcome.body().get("__type"))
              + ": "
              + render(outcome.body().get("message")));
      return;
    }
    if (!(outcome.body().get("UserPoolClient") instanceof Map<?, ?> client)) {
      problems.add("response has no UserPoolClient object: " + render(outcome.body()));
      return;
    }
    for (Map.Entry<String, Object> expected : objectMember(expect, "client").entrySet()) {
      String name = expected.getKey();
      if (!client.containsKey(name)) {
        problems.add(name + ": expected " + render(expected.getValue()) + " but was absent");
      } else {
        compare(name, expected.getValue(), client.get(name), problems);
      }
    }
    if (expect.containsKey("absent")) {
      for (Object name : listMember(expect, "absent")) {
        if (client.containsKey(name)) {
          problems.add(name + ": expected absent but was " + render(client.get(name)));
        }
      }
    }
    checkUniversal(client, problems);
  }

  /** README: what every successful create must show, whatever the case says. */
  private void checkUniversal(Map<?, ?> client, List<String> problems) {
    Map<String, Object> request = objectMember(entry, "request");
    Object clientId = client.get("ClientId");
    if (!(clientId instanceof String text && CLIENT_ID.matcher(text).matches())) {
      problems.add("ClientId: expected to match " + CLIENT_ID + " but was " + render(clientId));
    }
    compare("UserPoolId (as sent)", request.get("UserPoolId"), client.get("UserPoolId"), problems);
    compare("ClientName (as sent)", request.get("ClientName"), client.get("ClientName"), problems);
    for (String date : List.of("CreationDate", "LastModifiedDate")) {
      compare(date + " (fixed clock)", NOW_EPOCH_SECONDS, client.get(date), problems);
    }
    if (Boolean.TRUE.equals(request.get("GenerateSecret"))) {
      Object secret = client.get("ClientSecret");
      if (!(secret instanceof String text && GENERATED_SECRET.matcher(text).matches())) {
        problems.add(
            "ClientSecret: expected a generated secret matching "
                + GENERATED_SECRET
                + " but was "
                + render(secret));
      }
    }
    for (Map.Entry<?, ?> member : client.entrySet()) {
      if (member.getValue() instanceof List<?> list) {
        if (new HashSet<>(list).size() != list.size()) {
          problems.add(member.getKey() + ": expected no value twice but was " + render(list));
        }
      }
    }
  }

  /**
   * README: scalars compare exactly (numbers by value), lists as sets, objects member by member
   * with no extra members.
   */
  private static void compare(String path, Object expected, Object actual, List<String> problems) {
    if (!normalize(expected).equals(normalize(actual))) {
      problems.add(path + ": expected " + render(expected) + " but was " + render(actual));
    }
  }

  /**
   * Returns a value in which equality is the README's: numbers as stripped {@link BigDecimal}s,
   * lists as sets, objects as maps of normalized values, JSON null as a marker.
   */
  private static Object normalize(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Number) {
      try {
        return new BigDecimal(value.toString()).stripTrailingZeros();
      } catch (NumberFormatException e) {
        return value.toString(); // NaN or infinity: never equal to a JSON number
      }
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ConformanceCase::normalize).collect(Collectors.toUnmodifiableSet());
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put(k, normalize(v)));
      return members;
    }
    return value;
  }

  /**
   * Renders a wire value for a failure message: strings quoted (so {@code "false"} differs from
   * {@code false}, and trailing spaces show), long strings shortened to their head and tail.
   */
  static String render(Object value) {
    if (value instanceof String text) {
      String shown =
          text.length() <= LONG_TEXT
              ? text
              : text.substring(0, LONG_TEXT / 2)
                  + "..."
                  + text.substring(text.length() - LONG_TEXT / 2)
                  + " ("
                  + text.length()
                  + " chars)";
      return '"' + shown + '"';
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> render(e.getKey()) + ": " + render(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ConformanceCase::render).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private enum JsonNull {
    INSTANCE
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectMember(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("case member " + name + " is not an object: " + value);
    }
    return (Map<String, Object>) value;
  }

  private static List<?> listMember(Map<String, Object> object, String name) {
    if (!(object.get(name) instanceof List<?> list)) {
      throw new IllegalStateException(
          "case member " + name + " is not a list: " + object.get(name));
    }
    return list;
  }

  @Override
  public String toString() {
    return id;
  }
}
