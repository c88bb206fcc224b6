package io.github.poolclient.bench;

import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.WireFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The first call in a fresh JVM (issue 9, item 3): builds the factory, reads a pool and a web
 * client's body, creates the client and writes the answer, and prints how long each step took.
 * {@code cold-start.sh} runs it in fresh JVMs against {@link GuavaBaseline}.
 *
 * <p>With the argument {@code default} the factory keeps its default clock and random source (a
 * {@code SecureRandom} created on the first id); otherwise it gets a {@link SplittableRandom}, as a
 * test suite would inject.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Runs the first call and prints {@code cold-start <step> <ms> ...}. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    UserPoolClientFactory.Builder builder = UserPoolClientFactory.builder();
    if (args.length == 0 || !args[0].equals("default")) {
      builder.random(new SplittableRandom(42));
    }
    UserPoolClientFactory factory = builder.build();
    long built = System.nanoTime();
    UserPoolContext pool = WireFormat.readUserPoolContext(Requests.WEB_POOL);
    long poolRead = System.nanoTime();
    CreateUserPoolClientRequest request =
        WireFormat.readCreateUserPoolClientRequest(Requests.WEB_BODY);
    long bodyRead = System.nanoTime();
    CreateUserPoolClientResponse response = factory.create(request, pool);
    long created = System.nanoTime();
    Map<String, Object> answer = WireFormat.write(response);
    long written = System.nanoTime();
    if (!answer.containsKey("UserPoolClient")) {
      throw new AssertionError(answer);
    }
    System.out.printf(
        "cold-start factory %.1f pool %.1f body %.1f create %.1f write %.1f main %.1f jvm %d%n",
        millis(built - start),
        millis(poolRead - built),
        millis(bodyRead - poolRead),
        millis(created - bodyRead),
        millis(written - created),
        millis(written - start),
        sinceJvmStart());
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Returns the milliseconds since the process started (10 ms resolution on Linux), or -1. */
  static long sinceJvmStart() {
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(started -> Duration.between(started, Instant.now()).toMillis())
        .orElse(-1L);
  }
}
