package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.model.CreateUserPoolClientRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ArbitraryBodiesTest {

  // One instance for the class (PER_CLASS), dropped after it: the values do not stay on the heap.
  private final List<Map<String, Object>> bodies =
      LongStream.range(0, 600)
          .mapToObj(seed -> ArbitraryBodies.bodies().next(new SplittableRandom(seed)))
          .toList();

  /** Returns the maximum nesting depth of a JSON value, after checking it has only JSON kinds. */
  private static int depth(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return 0;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof Double) {
      return 0;
    }
    if (value instanceof List<?> list) {
      return 1 + list.stream().mapToInt(ArbitraryBodiesTest::depth).max().orElse(0);
    }
    if (value instanceof Map<?, ?> map) {
      assertThat(map.keySet()).allSatisfy(key -> assertThat(key).isInstanceOf(String.class));
      return 1 + map.values().stream().mapToInt(ArbitraryBodiesTest::depth).max().orElse(0);
    }
    throw new AssertionError("not a JSON value: " + value.getClass());
  }

  private static boolean anyValue(Object value, java.util.function.Predicate<Object> test) {
    if (test.test(value)) {
      return true;
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> anyValue(v, test));
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(v -> anyValue(v, test));
    }
    return false;
  }

  @Test
  void bodiesHoldOnlyJsonKindsAndNestAboutFiftyDeep() {
    int deepest = bodies.stream().mapToInt(ArbitraryBodiesTest::depth).max().orElseThrow();
    assertThat(deepest).isBetween(45, 60);
  }

  private void assertSome(String what, java.util.function.Predicate<Object> test) {
    // Plain booleans: AssertJ would print all 600 bodies (with 100,000-character strings) on
    // failure.
    assertThat(bodies.stream().anyMatch(body -> anyValue(body, test)))
        .as("some body holds %s", what)
        .isTrue();
  }

  @Test
  void bodiesHoldEveryInterestingKindOfValue() {
    assertSome("null", v -> v == null);
    assertSome("a 100,000-character string", v -> v instanceof String s && s.length() == 100_000);
    assertSome("an empty string", ""::equals);
    assertSome("NaN", v -> v instanceof Double d && d.isNaN());
    assertSome("Long.MAX_VALUE", v -> Long.valueOf(Long.MAX_VALUE).equals(v));
    assertSome("a BigInteger", v -> v instanceof BigInteger);
    assertSome("a BigDecimal", v -> v instanceof BigDecimal);
    assertSome("a list with a null item", v -> v instanceof List<?> l && l.contains(null));
    assertSome("an unknown member", v -> v instanceof Map<?, ?> m && m.containsKey("Foo"));
    assertSome(
        "a null member",
        v ->
            v instanceof Map<?, ?> m && m.containsKey("ClientName") && m.get("ClientName") == null);
  }

  @Test
  void sameSeedGivesEqualButSeparateBodies() {
    for (long seed = 0; seed < 100; seed++) {
      Map<String, Object> first = ArbitraryBodies.bodies().next(new SplittableRandom(seed));
      Map<String, Object> second = ArbitraryBodies.bodies().next(new SplittableRandom(seed));
      assertThat(first).as("seed %s", seed).isEqualTo(second).isNotSameAs(second);
      first.put("Changed", true);
      assertThat(second).doesNotContainKey("Changed");
    }
  }

  @Test
  void toWireWritesEveryMemberUnderItsWireName() {
    CreateUserPoolClientRequest request =
        CreateUserPoolClientRequest.builder()
            .userPoolId("us-east-1_Example01")
            .clientName("web")
            .accessTokenValidity(5)
            .tokenValidityUnits(
                io.github.poolclient.model.TokenValidityUnits.builder()
                    .accessTokenAsString("minutes")
                    .build())
            .callbackURLs(com.google.common.collect.ImmutableList.of("https://example.com/cb"))
            .build();
    assertThat(ArbitraryBodies.toWire(request))
        .containsExactly(
            Map.entry("UserPoolId", "us-east-1_Example01"),
            Map.entry("ClientName", "web"),
            Map.entry("AccessTokenValidity", 5),
            Map.entry("TokenValidityUnits", Map.of("AccessToken", "minutes")),
            Map.entry("CallbackURLs", List.of("https://example.com/cb")));
  }

  @Test
  void validBodiesUseOnlyRealMemberNames() {
    for (long seed = 0; seed < 100; seed++) {
      assertThat(ArbitraryBodies.memberNames())
          .containsAll(ArbitraryBodies.validBodies().next(new SplittableRandom(seed)).keySet());
    }
  }
}
