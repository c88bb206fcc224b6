package io.github.poolclient.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.pool.UserPoolLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Proves that LIM-01 holds under concurrent creates: the quota check and the put are atomic. */
final class ConcurrentCreateTest {

  private static final int THREADS = 8;
  private static final int CREATES_PER_THREAD = 20;
  private static final int CLIENT_LIMIT = 100;

  @Test
  void eightThreadsFillThePoolToExactlyItsClientLimit() throws Exception {
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.create();
    UserPoolClientService service =
        UserPoolClientService.builder()
            .factory(UserPoolClientFactory.builder().clock(Fixtures.clock()).build())
            .pools(UserPoolLookup.of(Fixtures.pool().clientLimit(CLIENT_LIMIT).build()))
            .store(store)
            .build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Object>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        String name = "client-" + t;
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  List<Object> types = new ArrayList<>();
                  for (int i = 0; i < CREATES_PER_THREAD; i++) {
                    WireAnswer answer =
                        service.handle(
                            "CreateUserPoolClient",
                            ImmutableMap.of("UserPoolId", Fixtures.POOL_ID, "ClientName", name));
                    types.add(answer.isOk() ? "created" : answer.body().get("__type"));
                  }
                  return types;
                }));
      }
      start.countDown();
      ImmutableMultiset.Builder<Object> outcomes = ImmutableMultiset.builder();
      for (Future<List<Object>> result : results) {
        outcomes.addAll(result.get(60, TimeUnit.SECONDS));
      }

      ImmutableMultiset<Object> all = outcomes.build();
      assertThat(all.count("created")).isEqualTo(CLIENT_LIMIT);
      assertThat(all.count("LimitExceededException"))
          .isEqualTo(THREADS * CREATES_PER_THREAD - CLIENT_LIMIT);
      assertThat(all.elementSet()).containsExactlyInAnyOrder("created", "LimitExceededException");
      assertThat(store.count(Fixtures.POOL_ID)).isEqualTo(CLIENT_LIMIT);
    } finally {
      threads.shutdownNow();
    }
  }
}
