package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.wire.WireFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the cost of one {@code CreateUserPoolClient} emulation; {@link FloorBenchmark} does the
 * same essential work by hand under the same method names, and {@link BenchmarkTable} prints the
 * ratios (run with {@code mvn -B -ntp -Pbench verify}). Speed and allocation targets live here,
 * never in timed unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateUserPoolClientBenchmark {

  private final CreateUserPoolClientRequest broken =
      CreateUserPoolClientRequest.builder()
          .userPoolId("us-east-1_Example01")
          .clientName("web")
          .accessTokenValidity(4)
          .callbackURLs(ImmutableList.of("http://app.example.com/cb"))
          .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
          .allowedOAuthScopes(ImmutableList.of("unknown"))
          .build();

  /** Reads the typical web client's body, creates it and writes the response. */
  @Benchmark
  public Map<String, Object> webWireRoundTrip(BenchState s) {
    return WireFormat.write(
        s.factory.create(WireFormat.readCreateUserPoolClientRequest(Requests.WEB_BODY), s.webPool));
  }

  /** Creates the typical web client from its typed request. */
  @Benchmark
  public CreateUserPoolClientResponse webCreate(BenchState s) {
    return s.factory.create(s.webRequest, s.webPool);
  }

  /** Creates the smallest valid client from its typed request. */
  @Benchmark
  public CreateUserPoolClientResponse minimalCreate(BenchState s) {
    return s.factory.create(s.minimalRequest, s.minimalPool);
  }

  /** Reads the maximal body, creates it and writes the response. */
  @Benchmark
  public Map<String, Object> maximalWireRoundTrip(BenchState s) {
    return WireFormat.write(
        s.factory.create(
            WireFormat.readCreateUserPoolClientRequest(Requests.Maximal.BODY), s.maximalPool));
  }

  /** Reports every problem of a broken configuration. */
  @Benchmark
  public ImmutableList<Violation> validateBroken(BenchState s) {
    return s.factory.validate(broken, s.webPool);
  }

  /** Raises the error of a broken configuration. */
  @Benchmark
  public CognitoException createBroken(BenchState s) {
    try {
      s.factory.create(broken, s.webPool);
      throw new AssertionError("expected a CognitoException");
    } catch (CognitoException e) {
      return e;
    }
  }
}
