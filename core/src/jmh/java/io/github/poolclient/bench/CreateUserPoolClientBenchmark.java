package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.WireFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the cost of one {@code CreateUserPoolClient} emulation: the speed and allocation targets
 * live here (run with {@code mvn -B -ntp -Pbench verify}; {@code -prof gc} reports bytes per op),
 * never in timed unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateUserPoolClientBenchmark {

  private final UserPoolContext pool =
      UserPoolContext.builder()
          .id("us-east-1_Example01")
          .addResourceServers(
              ResourceServer.of("https://api.example.com", ImmutableList.of("read", "write")))
          .build();

  private final UserPoolClientFactory factory =
      UserPoolClientFactory.builder()
          .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
          .random(new SplittableRandom(42))
          .build();

  private final CreateUserPoolClientRequest minimal =
      CreateUserPoolClientRequest.builder()
          .userPoolId("us-east-1_Example01")
          .clientName("web")
          .build();

  private final Map<String, Object> webBody =
      ImmutableMap.<String, Object>builder()
          .put("UserPoolId", "us-east-1_Example01")
          .put("ClientName", "web")
          .put(
              "ExplicitAuthFlows",
              ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
          .put("AllowedOAuthFlowsUserPoolClient", true)
          .put("AllowedOAuthFlows", ImmutableList.of("code"))
          .put(
              "AllowedOAuthScopes",
              ImmutableList.of("openid", "email", "https://api.example.com/read"))
          .put(
              "CallbackURLs",
              ImmutableList.of("https://app.example.com/cb", "http://localhost:3000/cb"))
          .put("LogoutURLs", ImmutableList.of("https://app.example.com/logout"))
          .put("SupportedIdentityProviders", ImmutableList.of("COGNITO"))
          .put("AccessTokenValidity", 60)
          .put("TokenValidityUnits", ImmutableMap.of("AccessToken", "minutes"))
          .build();

  private final CreateUserPoolClientRequest broken =
      CreateUserPoolClientRequest.builder()
          .userPoolId("us-east-1_Example01")
          .clientName("web")
          .accessTokenValidity(4)
          .callbackURLs(ImmutableList.of("http://app.example.com/cb"))
          .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
          .allowedOAuthScopes(ImmutableList.of("unknown"))
          .build();

  /** Creates the smallest valid client. */
  @Benchmark
  public CreateUserPoolClientResponse createMinimal() {
    return factory.create(minimal, pool);
  }

  /** Reads a typical web-client body from the wire, creates it and writes the response. */
  @Benchmark
  public Map<String, Object> wireRoundTrip() {
    return WireFormat.write(
        factory.create(WireFormat.readCreateUserPoolClientRequest(webBody), pool));
  }

  /** Reports every problem of a broken configuration. */
  @Benchmark
  public ImmutableList<Violation> validateBroken() {
    return factory.validate(broken, pool);
  }

  /** Raises the error of a broken configuration. */
  @Benchmark
  public CognitoException createBroken() {
    try {
      factory.create(broken, pool);
      throw new AssertionError("expected a CognitoException");
    } catch (CognitoException e) {
      return e;
    }
  }
}
