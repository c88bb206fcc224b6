package io.github.poolclient.conformance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.service.InMemoryUserPoolClientStore;
import io.github.poolclient.service.UserPoolClientService;
import io.github.poolclient.service.WireAnswer;
import io.github.poolclient.wire.WireFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  private static final String CREATE = UserPoolClientService.CREATE_USER_POOL_CLIENT;

  private final String id;
  private final String origin;
  private final Map<String, Object> entry;
  private final String operation;

  private ConformanceCase(String id, String origin, Map<String, Object> entry, String operation) {
    this.id = id;
    this.origin = origin;
    this.entry = entry;
    this.operation = operation;
  }

  /** Returns the case of a parsed entry; {@code origin} names its file and index. */
  static ConformanceCase of(Map<String, Object> entry, String origin) {
    if (!(entry.get("id") instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("case without a string id at " + origin);
    }
    Object operation = entry.getOrDefault("operation", CREATE);
    if (!(operation instanceof String name) || !UserPoolClientService.OPERATIONS.contains(name)) {
      throw new IllegalStateException("case " + id + " has an unknown operation: " + operation);
    }
    return new ConformanceCase(id, origin, entry, name);
  }

  String id() {
    return id;
  }

  String origin() {
    return origin;
  }

  /** Returns the operation the case calls ({@code CreateUserPoolClient} when it names none). */
  String operation() {
    return operation;
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

  /** Holds what the call answered on the wire: a response ({@code succeeded}) or an error body. */
  private record Outcome(boolean succeeded, Map<String, Object> body) {}

  private Outcome execute(List<String> problems) {
    return operation.equals(CREATE) ? executeCreate(problems) : executeOnService(problems);
  }

  /**
   * README "Other operations": runs the case through {@link UserPoolClientService} over a store
   * holding the case's {@code clients}; checks that a failed call left the store unchanged.
   */
  private Outcome executeOnService(List<String> problems) {
    ImmutableList<UserPoolClient> clients = storedClients();
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.of(clients);
    UserPoolClientService service =
        UserPoolClientService.builder()
            .factory(
                UserPoolClientFactory.builder()
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .random(new SplittableRandom(seed()))
                    .build())
            .pools(pools())
            .store(store)
            .build();
    WireAnswer answer = service.handle(operation, objectMember(entry, "request"));
    Set<String> pools =
        clients.stream().map(UserPoolClient::userPoolId).collect(Collectors.toSet());
    if (!answer.isOk()) {
      for (String pool : pools) {
        if (!store.list(pool).equals(clientsOf(clients, pool))) {
          problems.add("the failed call changed the store of pool " + pool);
        }
      }
    } else {
      checkStoreAfterSuccess(answer.body(), store, clients, problems);
    }
    return new Outcome(answer.isOk(), answer.body());
  }

  private static ImmutableList<UserPoolClient> clientsOf(
      ImmutableList<UserPoolClient> clients, String pool) {
    return clients.stream()
        .filter(c -> c.userPoolId().equals(pool))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Update replaces the stored client with the answer; Delete removes it; the rest change nothing.
   */
  private void checkStoreAfterSuccess(
      Map<String, Object> body,
      InMemoryUserPoolClientStore store,
      ImmutableList<UserPoolClient> clients,
      List<String> problems) {
    Map<String, Object> request = objectMember(entry, "request");
    String pool = String.valueOf(request.get("UserPoolId"));
    String clientId = String.valueOf(request.get("ClientId"));
    switch (operation) {
      case UserPoolClientService.UPDATE_USER_POOL_CLIENT -> {
        Object stored = store.find(pool, clientId).map(WireFormat::write).orElse(null);
        if (!Objects.equals(stored, body.get("UserPoolClient"))) {
          problems.add("the store does not hold the updated client: " + render(stored));
        }
      }
      case UserPoolClientService.DELETE_USER_POOL_CLIENT -> {
        if (store.find(pool, clientId).isPresent()) {
          problems.add("the deleted client is still in the store");
        }
      }
      default -> {
        for (String p : clients.stream().map(UserPoolClient::userPoolId).distinct().toList()) {
          if (!store.list(p).equals(clientsOf(clients, p))) {
            problems.add(operation + " changed the store of pool " + p);
          }
        }
      }
    }
  }

  private ImmutableList<UserPoolClient> storedClients() {
    if (!entry.containsKey("clients")) {
      return ImmutableList.of();
    }
    return listMember(entry, "clients").stream()
        .map(c -> WireFormat.readUserPoolClient(objectValue(c)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the stored client (in the case's wire shape) the request names, if any. */
  private Optional<Map<?, ?>> storedClientJson() {
    Map<String, Object> request = objectMember(entry, "request");
    if (!entry.containsKey("clients")) {
      return Optional.empty();
    }
    return listMember(entry, "clients").stream()
        .<Map<?, ?>>map(c -> (Map<?, ?>) c)
        .filter(
            c ->
                Objects.equals(c.get("UserPoolId"), request.get("UserPoolId"))
                    && Objects.equals(c.get("ClientId"), request.get("ClientId")))
        .findFirst();
  }

  private Outcome executeCreate(List<String> problems) {
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
    List<String> kinds =
        Stream.of("error", "client", "deleted", "page").filter(expect::containsKey).toList();
    if (kinds.size() != 1) {
      throw new IllegalStateException(
          "case must expect exactly one of error, client, deleted or page: " + kinds);
    }
    if (expect.containsKey("absent") && !kinds.get(0).equals("client")) {
      throw new IllegalStateException("case expects absent members without a client");
    }
    switch (kinds.get(0)) {
      case "error" -> checkError(objectMember(expect, "error"), outcome, problems);
      case "client" -> checkClient(expect, outcome, problems);
      case "deleted" -> checkDeleted(outcome, problems);
      default -> checkPage(objectMember(expect, "page"), outcome, problems);
    }
  }

  /** README: {@code "deleted": true} means the answer is {@code {}}. */
  private static void checkDeleted(Outcome outcome, List<String> problems) {
    if (!outcome.succeeded()) {
      problems.add("expected the client deleted but got " + render(outcome.body()));
    } else if (!outcome.body().isEmpty()) {
      problems.add("expected the answer {} but was " + render(outcome.body()));
    }
  }

  /**
   * README: the page's {@code ClientId}s in order, whether a {@code NextToken} is present, and each
   * entry exactly {@code ClientId}, {@code UserPoolId} and {@code ClientName} of its client.
   */
  private void checkPage(Map<String, Object> expected, Outcome outcome, List<String> problems) {
    if (!outcome.succeeded()) {
      problems.add(
          "expected a page but got "
              + render(outcome.body().get("__type"))
              + ": "
              + render(outcome.body().get("message")));
      return;
    }
    if (!(outcome.body().get("UserPoolClients") instanceof List<?> page)) {
      problems.add("answer has no UserPoolClients list: " + render(outcome.body()));
      return;
    }
    List<Object> ids = new ArrayList<>();
    Map<Object, Map<?, ?>> stored = new HashMap<>();
    if (entry.containsKey("clients")) {
      for (Object c : listMember(entry, "clients")) {
        Map<?, ?> client = (Map<?, ?>) c;
        if (Objects.equals(
            client.get("UserPoolId"), objectMember(entry, "request").get("UserPoolId"))) {
          stored.put(client.get("ClientId"), client);
        }
      }
    }
    for (Object item : page) {
      if (!(item instanceof Map<?, ?> description)) {
        problems.add("page entry is not an object: " + render(item));
        continue;
      }
      ids.add(description.get("ClientId"));
      Map<?, ?> client = stored.get(description.get("ClientId"));
      Map<String, Object> want = new LinkedHashMap<>();
      if (client != null) {
        for (String member : List.of("ClientId", "UserPoolId", "ClientName")) {
          want.put(member, client.get(member));
        }
      }
      if (!want.equals(description)) {
        problems.add(
            "page entry: expected "
                + (client == null ? "a stored client of the pool" : render(want))
                + " but was "
                + render(description));
      }
    }
    if (!listMember(expected, "ClientIds").equals(ids)) {
      problems.add(
          "ClientIds: expected " + render(expected.get("ClientIds")) + " but was " + render(ids));
    }
    boolean hasToken = outcome.body().get("NextToken") instanceof String;
    if (!Objects.equals(expected.get("NextToken"), hasToken)) {
      problems.add(
          "NextToken: expected "
              + (Boolean.TRUE.equals(expected.get("NextToken")) ? "present" : "absent")
              + " but was "
              + render(outcome.body().get("NextToken")));
    }
  }

  private static void checkError(
      Map<String, Object> expected, Outcome outcome, List<String> problems) {
    if (outcome.succeeded()) {
      problems.add("expected error " + render(expected) + " but the call succeeded");
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
    if (!outcome.succeeded()) {
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
    switch (operation) {
      case UserPoolClientService.UPDATE_USER_POOL_CLIENT -> checkUniversalUpdate(client, problems);
      case UserPoolClientService.DESCRIBE_USER_POOL_CLIENT -> checkDescribe(client, problems);
      default -> checkUniversal(client, problems);
    }
  }

  /**
   * README: a successful Update keeps the stored client's ClientId, UserPoolId, CreationDate and
   * ClientSecret (absent when it has none), stamps LastModifiedDate from the fixed clock, and holds
   * no list value twice.
   */
  private void checkUniversalUpdate(Map<?, ?> client, List<String> problems) {
    Optional<Map<?, ?>> stored = storedClientJson();
    if (stored.isEmpty()) {
      problems.add("update succeeded but the case stores no client with the request's ids");
      return;
    }
    for (String kept : List.of("ClientId", "UserPoolId", "CreationDate", "ClientSecret")) {
      compare(kept + " (kept)", stored.get().get(kept), client.get(kept), problems);
    }
    compare(
        "LastModifiedDate (fixed clock)",
        NOW_EPOCH_SECONDS,
        client.get("LastModifiedDate"),
        problems);
    checkNoDuplicates(client, problems);
  }

  /**
   * README: a successful Describe returns the stored client unchanged (a record without {@code
   * RefreshTokenRotation} answers the default, 12.8; an empty list is not set, RESP-03).
   */
  private void checkDescribe(Map<?, ?> client, List<String> problems) {
    Optional<Map<?, ?>> stored = storedClientJson();
    if (stored.isEmpty()) {
      problems.add("describe succeeded but the case stores no client with the request's ids");
      return;
    }
    Map<Object, Object> expected = new LinkedHashMap<>(stored.get());
    expected.values().removeIf(v -> v instanceof List<?> list && list.isEmpty());
    expected.putIfAbsent(
        "RefreshTokenRotation", Map.of("Feature", "DISABLED", "RetryGracePeriodSeconds", 0));
    for (Object name : Sets.union(expected.keySet(), client.keySet())) {
      compare(name + " (stored)", expected.get(name), client.get(name), problems);
    }
  }

  private static void checkNoDuplicates(Map<?, ?> client, List<String> problems) {
    for (Map.Entry<?, ?> member : client.entrySet()) {
      if (member.getValue() instanceof List<?> list) {
        if (new HashSet<>(list).size() != list.size()) {
          problems.add(member.getKey() + ": expected no value twice but was " + render(list));
        }
      }
    }
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
    checkNoDuplicates(client, problems);
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
  private static Map<String, Object> objectValue(Object value) {
    if (!(value instanceof Map)) {
      throw new IllegalStateException("case value is not an object: " + value);
    }
    return (Map<String, Object>) value;
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
