package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;

/**
 * The baseline of {@link ColdStart}: a bare JVM that loads Guava's immutable collections and does a
 * trivial piece of work with them.
 */
public final class GuavaBaseline {
  private GuavaBaseline() {}

  /** Builds a few immutable collections and prints {@code baseline main <ms> jvm <ms>}. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Map<String, Object> map =
        ImmutableMap.<String, Object>builder()
            .put("list", ImmutableList.of("a", "b"))
            .put("set", ImmutableSet.of("c"))
            .buildOrThrow();
    long done = System.nanoTime();
    if (map.size() != 2) {
      throw new AssertionError(map);
    }
    System.out.printf(
        "baseline main %.1f jvm %d%n", ColdStart.millis(done - start), ColdStart.sinceJvmStart());
  }
}
