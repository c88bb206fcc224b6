package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.error.Violation;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.testing.ValidRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that one factory and one set of generators serve several threads at once with the same
 * answers as one thread, even with a random source that is not thread-safe itself.
 */
final class ThreadSafetyProperties {

  private static final int THREADS = 4;
  private static ExecutorService executor;

  @BeforeAll
  static void startThreads() {
    executor = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopThreads() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static <T> List<T> inParallel(List<java.util.concurrent.Callable<T>> tasks)
      throws Exception {
    List<T> out = new ArrayList<>();
    for (Future<T> future : executor.invokeAll(tasks)) {
      out.add(future.get());
    }
    return out;
  }

  @Test
  void generatorsGiveTheSameValuesOnEveryThread() throws Exception {
    List<java.util.concurrent.Callable<BreakingRequests.Case>> tasks = new ArrayList<>();
    for (long seed = 0; seed < Tries.TRIES; seed++) {
      long s = seed;
      tasks.add(() -> BreakingRequests.cases().next(new SplittableRandom(s)));
    }
    List<BreakingRequests.Case> parallel = inParallel(tasks);
    for (int seed = 0; seed < Tries.TRIES; seed++) {
      assertThat(parallel.get(seed))
          .as("seed %s", seed)
          .isEqualTo(BreakingRequests.cases().next(new SplittableRandom(seed)));
    }
  }

  @Test
  void oneFactoryAnswersConcurrentCallsLikeSequentialOnes() throws Exception {
    // SplittableRandom is not thread-safe: the factory must serialize its use.
    UserPoolClientFactory shared =
        UserPoolClientFactory.builder()
            .clock(Fixtures.clock())
            .random(new SplittableRandom(7))
            .build();
    List<java.util.concurrent.Callable<String>> creates = new ArrayList<>();
    List<java.util.concurrent.Callable<ImmutableList<Violation>>> validations = new ArrayList<>();
    List<BreakingRequests.Case> cases = new ArrayList<>();
    for (long seed = 0; seed < Tries.TRIES; seed++) {
      ValidRequests.Sample sample = ValidRequests.samples().next(new SplittableRandom(seed));
      creates.add(
          () -> shared.create(sample.request(), sample.context()).userPoolClient().clientId());
      BreakingRequests.Case c = BreakingRequests.cases().next(new SplittableRandom(seed));
      cases.add(c);
      validations.add(() -> shared.validate(c.request(), c.lookup()));
    }
    List<String> clientIds = inParallel(creates);
    Set<String> distinct = new HashSet<>(clientIds);
    assertThat(distinct).as("client ids drawn concurrently").hasSameSizeAs(clientIds);
    List<ImmutableList<Violation>> parallel = inParallel(validations);
    for (int seed = 0; seed < Tries.TRIES; seed++) {
      BreakingRequests.Case c = cases.get(seed);
      assertThat(parallel.get(seed))
          .as("seed %s", seed)
          .isEqualTo(shared.validate(c.request(), c.lookup()));
    }
  }
}
