package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validates a request with one list member scaled from 1,000 to 100,000 entries (issue 9, item 4):
 * {@link BenchmarkTable} prints the growth, which must stay at most linear (100 times).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListGrowthBenchmark {

  /** The list member that is scaled. */
  @Param({
    "ReadAttributes",
    "WriteAttributes",
    "ExplicitAuthFlows",
    "SupportedIdentityProviders",
    "CallbackURLs",
    "LogoutURLs",
    "AllowedOAuthFlows",
    "AllowedOAuthScopes"
  })
  public String member = "ReadAttributes";

  /** How many entries the member holds. */
  @Param({"1000", "100000"})
  public int size = 1000;

  private final UserPoolClientFactory factory =
      UserPoolClientFactory.builder().random(new SplittableRandom(9)).build();

  private final UserPoolContext fullPool = HostileInputBenchmark.fullPool();

  private CreateUserPoolClientRequest scaled = base().build();

  /** Builds the request whose {@link #member} holds {@link #size} entries. */
  @Setup
  public void scale() {
    scaled = scaled(member, size);
  }

  /** Returns the request whose {@code member} holds {@code size} entries. */
  static CreateUserPoolClientRequest scaled(String member, int size) {
    CreateUserPoolClientRequest.Builder request =
        switch (member) {
          case "ReadAttributes" -> base().readAttributes(names("custom:a", size));
          case "WriteAttributes" -> base().writeAttributes(names("custom:a", size));
          case "ExplicitAuthFlows" -> base().explicitAuthFlowsAsStrings(names("ALLOW_FLOW_", size));
          case "SupportedIdentityProviders" ->
              base().supportedIdentityProviders(names("idp", size));
          case "CallbackURLs" -> codeFlow().callbackURLs(names("https://app.example.com/cb", size));
          case "LogoutURLs" -> codeFlow().logoutURLs(names("https://app.example.com/out", size));
          case "AllowedOAuthFlows" ->
              codeFlow()
                  .allowedOAuthFlowsAsStrings(
                      IntStream.range(0, size)
                          .mapToObj(i -> i % 2 == 0 ? "code" : "flow" + i)
                          .collect(ImmutableList.toImmutableList()));
          case "AllowedOAuthScopes" -> HostileInputBenchmark.scopes(size);
          default -> throw new IllegalArgumentException(member);
        };
    return request.build();
  }

  /** Validates the request whose {@link #member} holds {@link #size} entries. */
  @Benchmark
  public ImmutableList<Violation> validate() {
    return factory.validate(scaled, fullPool);
  }

  private static CreateUserPoolClientRequest.Builder base() {
    return CreateUserPoolClientRequest.builder().userPoolId(Requests.POOL_ID).clientName("web");
  }

  private static CreateUserPoolClientRequest.Builder codeFlow() {
    return base()
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
        .allowedOAuthScopes(ImmutableList.of("openid"))
        .callbackURLs(ImmutableList.of("https://app.example.com/cb"));
  }

  private static ImmutableList<String> names(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + i)
        .collect(ImmutableList.toImmutableList());
  }
}
