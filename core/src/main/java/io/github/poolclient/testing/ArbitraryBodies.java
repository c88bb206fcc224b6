package io.github.poolclient.testing;

import static io.github.poolclient.testing.Generator.weighted;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.wire.MemberShape;
import io.github.poolclient.wire.WireFormat;
import io.github.poolclient.wire.WireType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates arbitrary {@code CreateUserPoolClient} request bodies in the shape a JSON parser hands
 * over, for robustness tests of the wire decoder and everything behind it.
 *
 * <p>Values are only what a parser produces: {@link String}, {@link Boolean}, {@link Number}
 * ({@link Integer}, {@link Long}, {@link BigInteger}, {@link Double} including NaN and the
 * infinities, {@link BigDecimal}), {@link List}, {@link Map} with string keys, and {@code null} as
 * a map value or list item. Strings include the empty string, 100,000-character strings, non-ASCII
 * text, lone surrogates and control characters; nesting goes about 50 levels deep.
 *
 * <p>Every body is a fresh, mutable {@link LinkedHashMap} (lists are fresh {@link ArrayList}s) that
 * shares no container with any other body, so a caller may change it freely; iteration order is the
 * generation order, so a seed replays the same body.
 */
public final class ArbitraryBodies {
  private ArbitraryBodies() {}

  /** The top-level members of the request, in the order of the catalogue's M-table. */
  private static final ImmutableList<MemberShape> SHAPE =
      WireFormat.createUserPoolClientRequestMembers();

  private static final ImmutableList<String> MEMBERS =
      SHAPE.stream().map(MemberShape::name).collect(ImmutableList.toImmutableList());

  /** The members of the request's structures, in the same order. */
  private static final ImmutableMap<String, ImmutableList<String>> NESTED_MEMBERS =
      SHAPE.stream()
          .filter(member -> member.type() == WireType.STRUCTURE)
          .collect(
              ImmutableMap.toImmutableMap(
                  MemberShape::name,
                  member ->
                      member.members().stream()
                          .map(MemberShape::name)
                          .collect(ImmutableList.toImmutableList())));

  private static final ImmutableList<String> UNKNOWN_MEMBERS =
      ImmutableList.of(
          "Foo",
          "clientName",
          "CLIENTNAME",
          "ClientId",
          "",
          "__type",
          " UserPoolId",
          "UserPoolId ",
          "Client Name",
          "名前",
          "ExplicitAuthFlow",
          "CallbackUrls");

  private static final ImmutableList<String> NOTABLE_STRINGS =
      ImmutableList.of(
          "",
          " ",
          "web",
          "60",
          "true",
          "null",
          "アプリ",
          "déconnexion",
          "😀",
          "\uD800",
          "\u0000",
          "line\nbreak",
          "code",
          "ALLOW_USER_SRP_AUTH",
          "minutes",
          "ENABLED",
          "https://example.com/callback",
          "us-east-1_Example01",
          "custom:tenant");

  private static final ImmutableList<Number> NOTABLE_NUMBERS =
      ImmutableList.of(
          0,
          1,
          -1,
          60,
          Integer.MAX_VALUE,
          Integer.MIN_VALUE,
          (long) Integer.MAX_VALUE + 1,
          Long.MAX_VALUE,
          Long.MIN_VALUE,
          BigInteger.TEN.pow(40),
          BigInteger.TEN.pow(40).negate(),
          new BigDecimal("1.5"),
          new BigDecimal("60.0"),
          new BigDecimal("-0.000001"),
          new BigDecimal("1E+400"),
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          -0.0d,
          1e300,
          Double.MIN_VALUE);

  private static final int MAX_DEPTH = 4;
  private static final int DEEP = 50;

  /**
   * Returns the wire names of the request's top-level members, in the catalogue's M-table order.
   */
  public static ImmutableList<String> memberNames() {
    return MEMBERS;
  }

  /**
   * Returns a generator that mixes the other kinds: random bodies, mutated valid bodies and valid
   * bodies.
   */
  public static Generator<Map<String, @Nullable Object>> bodies() {
    return Generator.frequency(
        weighted(2, randomBodies()), weighted(2, mutatedBodies()), weighted(1, validBodies()));
  }

  /**
   * Returns a generator of bodies whose members, real or unknown, hold random JSON values of any
   * kind.
   */
  public static Generator<Map<String, @Nullable Object>> randomBodies() {
    return random -> {
      Map<String, @Nullable Object> body = new LinkedHashMap<>();
      int size = Generator.integers(0, 12).next(random);
      for (int i = 0; i < size; i++) {
        String name =
            random.nextInt(4) == 0
                ? Generator.oneOf(UNKNOWN_MEMBERS).next(random)
                : Generator.oneOf(MEMBERS).next(random);
        ImmutableList<String> nested = NESTED_MEMBERS.get(name);
        body.put(
            name,
            nested != null && random.nextBoolean() ? structure(random, nested) : value(random, 0));
      }
      return body;
    };
  }

  /**
   * Returns a generator of valid bodies ({@link ValidRequests} in wire shape) with exactly one
   * change: a member set to a random value or {@code null}, removed or added, a nested member or a
   * list item replaced, or an unknown member added.
   */
  public static Generator<Map<String, @Nullable Object>> mutatedBodies() {
    return random -> {
      Map<String, @Nullable Object> body = validBodies().next(random);
      switch (random.nextInt(6)) {
        case 0 -> body.put(Generator.oneOf(MEMBERS).next(random), value(random, 0));
        case 1 -> body.put(Generator.oneOf(MEMBERS).next(random), null);
        case 2 -> body.remove(Generator.oneOf(MEMBERS).next(random));
        case 3 -> body.put(Generator.oneOf(UNKNOWN_MEMBERS).next(random), value(random, 0));
        case 4 -> {
          Map.Entry<String, ImmutableList<String>> nested =
              Generator.oneOf(NESTED_MEMBERS.entrySet()).next(random);
          String name = nested.getKey();
          Map<String, @Nullable Object> structure =
              body.get(name) instanceof Map<?, ?> ? nestedMap(body, name) : new LinkedHashMap<>();
          structure.put(Generator.oneOf(nested.getValue()).next(random), value(random, 0));
          body.put(name, structure);
        }
        default -> {
          List<String> lists =
              body.entrySet().stream()
                  .filter(e -> e.getValue() instanceof List<?> list && !list.isEmpty())
                  .map(Map.Entry::getKey)
                  .collect(ImmutableList.toImmutableList());
          if (lists.isEmpty()) {
            body.put("CallbackURLs", listOf(random, value(random, 0)));
          } else {
            String name = Generator.oneOf(lists).next(random);
            List<@Nullable Object> list = nestedList(body, name);
            list.set(random.nextInt(list.size()), value(random, 0));
          }
        }
      }
      return body;
    };
  }

  /** Returns a generator of the wire bodies of {@link ValidRequests#samples()}. */
  public static Generator<Map<String, @Nullable Object>> validBodies() {
    return ValidRequests.samples().map(sample -> toWire(sample.request()));
  }

  /**
   * Returns the AWS JSON wire shape of {@code request} as a fresh mutable map: {@link
   * WireFormat#write(CreateUserPoolClientRequest)} (members in M-table order, absent members left
   * out, numbers as {@link Integer}), copied into mutable containers.
   */
  public static Map<String, @Nullable Object> toWire(CreateUserPoolClientRequest request) {
    return mutableCopy(WireFormat.write(request));
  }

  private static Map<String, @Nullable Object> mutableCopy(Map<String, Object> json) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    json.forEach((name, value) -> out.put(name, mutableCopy(value)));
    return out;
  }

  @SuppressWarnings("unchecked") // the writer's structures are maps with String keys
  private static Object mutableCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      return mutableCopy((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      return new ArrayList<@Nullable Object>(list);
    }
    return value;
  }

  @SuppressWarnings("unchecked") // Only this class puts maps into bodies, always of this type.
  private static Map<String, @Nullable Object> nestedMap(
      Map<String, @Nullable Object> body, String name) {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(body.get(name));
  }

  @SuppressWarnings("unchecked") // Only this class puts lists into bodies, always of this type.
  private static List<@Nullable Object> nestedList(
      Map<String, @Nullable Object> body, String name) {
    return (List<@Nullable Object>) Objects.requireNonNull(body.get(name));
  }

  // ---- random JSON values ----

  private static Map<String, @Nullable Object> structure(
      RandomGenerator random, ImmutableList<String> members) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (String member : Generator.subsets(members, 0, members.size()).next(random)) {
      out.put(member, value(random, 1));
    }
    if (random.nextInt(4) == 0) {
      out.put(Generator.oneOf(UNKNOWN_MEMBERS).next(random), value(random, 1));
    }
    return out;
  }

  /** Returns a random JSON value; containers only above {@link #MAX_DEPTH}. */
  private static @Nullable Object value(RandomGenerator random, int depth) {
    int kinds = depth < MAX_DEPTH ? 8 : 5;
    return switch (random.nextInt(kinds)) {
      case 0 -> null;
      case 1 -> string(random);
      case 2 -> random.nextBoolean();
      case 3, 4 -> number(random);
      case 5 -> {
        List<@Nullable Object> list = new ArrayList<>();
        int size = Generator.integers(0, 5).next(random);
        for (int i = 0; i < size; i++) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
      case 6 -> {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        int size = Generator.integers(0, 5).next(random);
        for (int i = 0; i < size; i++) {
          String key =
              random.nextBoolean()
                  ? Generator.oneOf(MEMBERS).next(random)
                  : Generator.strings(Vocabulary.ALNUM, 0, 8).next(random);
          map.put(key, value(random, depth + 1));
        }
        yield map;
      }
      default -> deep(random);
    };
  }

  private static Object deep(RandomGenerator random) {
    @Nullable Object inner = random.nextBoolean() ? null : string(random);
    int levels = Generator.integers(DEEP - 5, DEEP + 5).next(random);
    for (int i = 0; i < levels; i++) {
      if (random.nextBoolean()) {
        inner = listOf(random, inner);
      } else {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put(Generator.oneOf(MEMBERS).next(random), inner);
        inner = map;
      }
    }
    return Objects.requireNonNull(inner);
  }

  private static List<@Nullable Object> listOf(RandomGenerator random, @Nullable Object item) {
    List<@Nullable Object> list = new ArrayList<>();
    list.add(item);
    if (random.nextBoolean()) {
      list.add(null);
    }
    return list;
  }

  private static String string(RandomGenerator random) {
    return Generator.frequency(
            weighted(6, Generator.oneOf(NOTABLE_STRINGS)),
            weighted(6, Generator.strings(Vocabulary.ALNUM + " _-:/.", 0, 40)),
            weighted(2, Generator.strings("アプリé😀\u0000\t\n\uFFFF" + Vocabulary.ALNUM, 1, 20)),
            weighted(1, r -> "a".repeat(100_000)))
        .next(random);
  }

  private static Number number(RandomGenerator random) {
    return Generator.<Number>frequency(
            weighted(3, Generator.oneOf(NOTABLE_NUMBERS)),
            weighted(2, Generator.integers(Integer.MIN_VALUE, Integer.MAX_VALUE)),
            weighted(1, RandomGenerator::nextLong),
            weighted(1, r -> r.nextDouble() * 1e6 - 5e5),
            weighted(1, r -> new BigDecimal(r.nextInt(100_000)).movePointLeft(1 + r.nextInt(5))))
        .next(random);
  }
}
