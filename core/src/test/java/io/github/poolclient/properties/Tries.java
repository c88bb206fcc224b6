package io.github.poolclient.properties;

import java.util.stream.LongStream;

/**
 * Says how many seeded tries each property runs: {@code -Dpoolclient.tries=N} (default 200, so the
 * whole build stays fast; raise it for a deeper search). A failure names its seed; replay it with
 * {@code new SplittableRandom(seed)}.
 */
final class Tries {
  private Tries() {}

  /** The number of tries per property. */
  static final int TRIES = Integer.getInteger("poolclient.tries", 200);

  /** Returns the seeds {@code 0 .. TRIES-1}. */
  static LongStream seeds() {
    return LongStream.range(0, TRIES);
  }
}
