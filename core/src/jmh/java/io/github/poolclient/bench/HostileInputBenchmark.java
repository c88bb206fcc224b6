package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.WireFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Hostile input of issue 9, item 4: 100,000 requested scopes against a pool at Cognito's limits (25
 * resource servers of 100 scopes; goal: at most 50 ms in {@code create} and {@code validate}), and
 * a number of a million digits (goal: at most 5 ms). {@link ListGrowthBenchmark} scales the lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HostileInputBenchmark {

  private final UserPoolClientFactory factory =
      UserPoolClientFactory.builder().random(new SplittableRandom(9)).build();

  private final UserPoolContext fullPool = fullPool();

  private final CreateUserPoolClientRequest manyScopes = scopes(100_000).build();

  private final Map<String, Object> millionDigits =
      Map.of("AccessTokenValidity", new BigDecimal(BigInteger.TEN.pow(999_999)));

  /** Validates 100,000 requested scopes against 2,500 pool scopes. */
  @Benchmark
  public ImmutableList<Violation> validateManyScopes() {
    return factory.validate(manyScopes, fullPool);
  }

  /** Creates with 100,000 requested scopes against 2,500 pool scopes. */
  @Benchmark
  public CognitoException createManyScopes() {
    try {
      factory.create(manyScopes, fullPool);
    } catch (CognitoException e) {
      return e;
    }
    throw new AssertionError("expected a CognitoException");
  }

  /** Reads a body whose integer member has a million digits. */
  @Benchmark
  public CognitoException readMillionDigitNumber() {
    try {
      WireFormat.readCreateUserPoolClientRequest(millionDigits);
    } catch (CognitoException e) {
      return e;
    }
    throw new AssertionError("expected a CognitoException");
  }

  /** Returns a pool at Cognito's limits: 25 resource servers of 100 scopes each. */
  static UserPoolContext fullPool() {
    return UserPoolContext.builder()
        .id(Requests.POOL_ID)
        .resourceServers(
            IntStream.range(0, 25)
                .mapToObj(
                    s ->
                        ResourceServer.of(
                            "https://api" + s + ".example.com",
                            IntStream.range(0, 100)
                                .mapToObj(n -> "scope" + n)
                                .collect(ImmutableList.toImmutableList())))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** Returns a code-flow request of {@code count} scopes, half of them in the full pool. */
  static CreateUserPoolClientRequest.Builder scopes(int count) {
    return CreateUserPoolClientRequest.builder()
        .userPoolId(Requests.POOL_ID)
        .clientName("web")
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
                .collect(ImmutableList.toImmutableList()));
  }
}
