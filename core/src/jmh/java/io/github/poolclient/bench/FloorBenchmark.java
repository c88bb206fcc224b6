package io.github.poolclient.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The floor of each {@link CreateUserPoolClientBenchmark} benchmark of the same name: the same
 * request, pool, clock and random source, with the essential work done by hand ({@link Floor}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmark {

  /** Decodes the typical web client's body, checks, creates and answers a wire map. */
  @Benchmark
  public Map<String, Object> webWireRoundTrip(BenchState s) {
    return Floor.roundTrip(Requests.WEB_BODY, s.webFloorPool, s.random, s.clock.millis());
  }

  /** Checks and creates the typical web client from its typed request, answering a map. */
  @Benchmark
  public Map<String, Object> webCreate(BenchState s) {
    return Floor.answer(
        Floor.check(Floor.of(s.webRequest), s.webFloorPool),
        s.webFloorPool,
        s.random,
        s.clock.millis());
  }

  /** Checks and creates the smallest valid client from its typed request, answering a map. */
  @Benchmark
  public Map<String, Object> minimalCreate(BenchState s) {
    return Floor.answer(
        Floor.check(Floor.of(s.minimalRequest), s.minimalFloorPool),
        s.minimalFloorPool,
        s.random,
        s.clock.millis());
  }

  /** Decodes the maximal body, checks, creates and answers a wire map. */
  @Benchmark
  public Map<String, Object> maximalWireRoundTrip(BenchState s) {
    return Floor.roundTrip(Requests.Maximal.BODY, s.maximalFloorPool, s.random, s.clock.millis());
  }
}
