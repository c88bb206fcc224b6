package io.github.poolclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input costs at most linear time (issue 9): long request lists and pools at Cognito's
 * limits. Each test compares two sizes in one run with a generous factor, never an absolute time;
 * the absolute targets are measured by the JMH benchmarks.
 */
final class HostileInputTest {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(9))
          .build();

  /** A pool at Cognito's limits: 25 resource servers of 100 scopes each. */
  private static final UserPoolContext FULL_POOL = pool(25, 100);

  /** A pool with one resource server of one scope. */
  private static final UserPoolContext TINY_POOL = pool(1, 1);

  private static UserPoolContext pool(int servers, int scopesEach) {
    return Fixtures.pool()
        .resourceServers(
            IntStream.range(0, servers)
                .mapToObj(
                    s ->
                        ResourceServer.of(
                            "https://api" + s + ".example.com",
                            IntStream.range(0, scopesEach)
                                .mapToObj(n -> "scope" + n)
                                .collect(ImmutableList.toImmutableList())))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** Returns a code-flow request of {@code count} scopes: known ones of the full pool, and not. */
  private static CreateUserPoolClientRequest scopes(int count) {
    return Fixtures.request()
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
        .callbackURLs(ImmutableList.of("https://app.example.com/cb"))
        .allowedOAuthScopes(
            IntStream.range(0, count)
                .mapToObj(
                    i ->
                        i % 2 == 0
                            ? "https://api" + i % 25 + ".example.com/scope" + i % 100
                            : "https://api" + i % 25 + ".example.com/unknown" + i)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Test
  void validateGrowsLinearlyWithRequestedScopes() {
    assertLinear(n -> scopes(n), FACTORY::validate, FULL_POOL, 10_000, 100_000);
  }

  @Test
  void createGrowsLinearlyWithRequestedScopes() {
    assertLinear(n -> scopes(n), HostileInputTest::createError, FULL_POOL, 10_000, 100_000);
  }

  @Test
  void scopeLookupsCostTheSameInASmallAndAFullPool() {
    CreateUserPoolClientRequest request = scopes(100_000);
    for (BiFunction<CreateUserPoolClientRequest, UserPoolContext, ?> call :
        ImmutableList.<BiFunction<CreateUserPoolClientRequest, UserPoolContext, ?>>of(
            FACTORY::validate, HostileInputTest::createError)) {
      long tiny = bestOf(() -> call.apply(request, TINY_POOL), 3);
      long full = bestOf(() -> call.apply(request, FULL_POOL), 3);
      // Rebuilding every server's scope names per lookup made the full pool 2,500 times dearer.
      assertThat(full)
          .as("%s ns against 2,500 scopes, %s ns against one", full, tiny)
          .isLessThan(10 * tiny);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listMembers")
  void validateGrowsLinearlyWithEveryListMember(
      String member, IntFunction<CreateUserPoolClientRequest> request) {
    assertLinear(request, FACTORY::validate, FULL_POOL, 1_000, 100_000);
  }

  static Stream<Arguments> listMembers() {
    return Stream.of(
        member("ReadAttributes", n -> Fixtures.request().readAttributes(names("custom:a", n))),
        member("WriteAttributes", n -> Fixtures.request().writeAttributes(names("custom:a", n))),
        member(
            "ExplicitAuthFlows",
            n -> Fixtures.request().explicitAuthFlowsAsStrings(names("ALLOW_FLOW_", n))),
        member(
            "SupportedIdentityProviders",
            n -> Fixtures.request().supportedIdentityProviders(names("idp", n))),
        member(
            "CallbackURLs", n -> codeFlow().callbackURLs(names("https://app.example.com/cb", n))),
        member(
            "LogoutURLs", n -> codeFlow().logoutURLs(names("https://app.example.com/logout", n))),
        member(
            "AllowedOAuthFlows",
            n ->
                codeFlow()
                    .allowedOAuthFlowsAsStrings(
                        IntStream.range(0, n)
                            .mapToObj(i -> i % 2 == 0 ? "code" : "flow" + i)
                            .collect(ImmutableList.toImmutableList()))),
        member("AllowedOAuthScopes", n -> scopes(n).toBuilder()));
  }

  private static CreateUserPoolClientRequest.Builder codeFlow() {
    return Fixtures.request()
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
        .allowedOAuthScopes(ImmutableList.of("openid"))
        .callbackURLs(ImmutableList.of("https://app.example.com/cb"));
  }

  private static Arguments member(
      String name, IntFunction<CreateUserPoolClientRequest.Builder> builder) {
    return Arguments.of(
        name, (IntFunction<CreateUserPoolClientRequest>) n -> builder.apply(n).build());
  }

  private static ImmutableList<String> names(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + i)
        .collect(ImmutableList.toImmutableList());
  }

  private static CognitoException createError(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    try {
      FACTORY.create(request, pool);
    } catch (CognitoException e) {
      return e;
    }
    throw new AssertionError("expected a CognitoException");
  }

  /**
   * Asserts that {@code call} on a request of {@code large} entries costs at most {@value #SLACK}
   * times the linear share of its cost on {@code small} entries. A quadratic cost would be {@code
   * large/small} times that share; the slack covers caches and allocation, which cost more per
   * entry when the lists no longer fit in a CPU cache.
   */
  private static void assertLinear(
      IntFunction<CreateUserPoolClientRequest> request,
      BiFunction<CreateUserPoolClientRequest, UserPoolContext, ?> call,
      UserPoolContext pool,
      int small,
      int large) {
    CreateUserPoolClientRequest smallRequest = request.apply(small);
    CreateUserPoolClientRequest largeRequest = request.apply(large);
    int factor = large / small;
    // Warm the code up on both sizes, then take the best of a few runs of each.
    bestOf(() -> call.apply(smallRequest, pool), Math.min(factor, 20));
    bestOf(() -> call.apply(largeRequest, pool), 1);
    long smallNanos = bestOf(() -> call.apply(smallRequest, pool), 5);
    long largeNanos = bestOf(() -> call.apply(largeRequest, pool), 2);
    assertThat(largeNanos)
        .as("%s ns for %s entries, %s ns for %s", largeNanos, large, smallNanos, small)
        .isLessThan(SLACK * factor * smallNanos);
  }

  /** How many times the linear share a large request may cost (see {@link #assertLinear}). */
  private static final long SLACK = 5;

  /**
   * Returns the best CPU time of this thread over {@code runs} runs of {@code work}: CPU time, not
   * wall time, so that other processes on a busy machine, and GC pauses, do not count.
   */
  private static long bestOf(Supplier<?> work, int runs) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long start = cpuNanos();
      Object result = work.get();
      best = Math.min(best, cpuNanos() - start);
      // Used, so that the JIT cannot drop the measured work.
      assertThat(result).isNotNull();
    }
    return best;
  }

  private static long cpuNanos() {
    return CPU_TIME.getAsLong();
  }

  /**
   * This thread's CPU time, read through reflection: the tests run inside the library's module,
   * which does not read {@code java.management} (reflection needs no readability edge).
   */
  private static final LongSupplier CPU_TIME = cpuTime();

  private static LongSupplier cpuTime() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
      if (!(Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(threads)) {
        return System::nanoTime;
      }
      Method cpuTime = type.getMethod("getCurrentThreadCpuTime");
      return () -> {
        try {
          return (Long) cpuTime.invoke(threads);
        } catch (ReflectiveOperationException e) {
          throw new LinkageError("getCurrentThreadCpuTime", e);
        }
      };
    } catch (ReflectiveOperationException e) {
      return System::nanoTime;
    }
  }

  @Test
  void createStillAnswersTheModelErrorOfAHugeScopeList() {
    assertThatThrownBy(() -> FACTORY.create(scopes(100_000), FULL_POOL))
        .isInstanceOfSatisfying(
            CognitoException.class,
            e -> assertThat(e.getMessage()).startsWith("1 validation error detected: "));
  }
}
