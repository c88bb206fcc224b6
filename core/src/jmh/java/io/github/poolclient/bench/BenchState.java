package io.github.poolclient.bench;

import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.WireFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the poolclient and floor benchmarks share: the same requests, pools, fixed clock and random
 * source (a {@link SplittableRandom}), each request checked to be valid before measuring.
 */
@State(Scope.Benchmark)
public class BenchState {
  /** The fixed clock of both sides. */
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** The floor's random source, like the factory's. */
  final SplittableRandom random = new SplittableRandom(42);

  /** The factory under test. */
  final UserPoolClientFactory factory =
      UserPoolClientFactory.builder().clock(clock).random(new SplittableRandom(42)).build();

  final UserPoolContext webPool = WireFormat.readUserPoolContext(Requests.WEB_POOL);
  final UserPoolContext minimalPool = WireFormat.readUserPoolContext(Requests.MINIMAL_POOL);
  final UserPoolContext maximalPool = WireFormat.readUserPoolContext(Requests.Maximal.POOL);

  final CreateUserPoolClientRequest webRequest =
      WireFormat.readCreateUserPoolClientRequest(Requests.WEB_BODY);
  final CreateUserPoolClientRequest minimalRequest =
      WireFormat.readCreateUserPoolClientRequest(Requests.MINIMAL_BODY);
  final CreateUserPoolClientRequest maximalRequest =
      WireFormat.readCreateUserPoolClientRequest(Requests.Maximal.BODY);

  final Floor.Pool webFloorPool = Floor.Pool.of(Requests.WEB_POOL);
  final Floor.Pool minimalFloorPool = Floor.Pool.of(Requests.MINIMAL_POOL);
  final Floor.Pool maximalFloorPool = Floor.Pool.of(Requests.Maximal.POOL);

  /** Fails the run when a request is not one that Cognito accepts, on either side. */
  @Setup(Level.Trial)
  public void checkTheRequestsAreValid() {
    check("web", webRequest, webPool, Requests.WEB_BODY, webFloorPool);
    check("minimal", minimalRequest, minimalPool, Requests.MINIMAL_BODY, minimalFloorPool);
    check("maximal", maximalRequest, maximalPool, Requests.Maximal.BODY, maximalFloorPool);
  }

  private void check(
      String name,
      CreateUserPoolClientRequest request,
      UserPoolContext pool,
      Map<String, Object> body,
      Floor.Pool floorPool) {
    List<Violation> violations = factory.validate(request, pool);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the " + name + " request is invalid: " + violations);
    }
    // Fresh sources of the same seed: the ids come out the same, so the answers must be equal.
    UserPoolClientFactory checking =
        UserPoolClientFactory.builder().clock(clock).random(new SplittableRandom(7)).build();
    String poolclient = WireFormat.write(checking.create(request, pool)).toString();
    String floor =
        Floor.roundTrip(body, floorPool, new SplittableRandom(7), clock.millis()).toString();
    if (!poolclient.equals(floor)) {
      throw new IllegalStateException(
          "the " + name + " floor answers differently:\n" + poolclient + "\n" + floor);
    }
  }
}
