package io.github.poolclient.generation;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Generates Cognito-shaped client ids and secrets: random bits written in base32hex ({@code
 * [0-9a-v]}), left-padded with {@code 0}.
 */
public final class IdGenerator {
  private IdGenerator() {}

  /** Bits of a client id: 128, written as 26 base32hex digits (catalogue ID-01). */
  public static final int CLIENT_ID_BITS = 128;

  /** Length of a client id. */
  public static final int CLIENT_ID_LENGTH = 26;

  /** Bits of a generated client secret: 256, written as 52 base32hex digits (catalogue ID-02). */
  public static final int CLIENT_SECRET_BITS = 256;

  /** Length of a generated client secret. */
  public static final int CLIENT_SECRET_LENGTH = 52;

  private static final int RADIX = 32;

  /** Returns a new client id: 128 random bits as 26 characters of {@code [0-9a-v]}. */
  public static String clientId(RandomGenerator random) {
    return base32hex(random, CLIENT_ID_BITS / Long.SIZE, CLIENT_ID_LENGTH);
  }

  /** Returns a new client secret: 256 random bits as 52 characters of {@code [0-9a-v]}. */
  public static String clientSecret(RandomGenerator random) {
    return base32hex(random, CLIENT_SECRET_BITS / Long.SIZE, CLIENT_SECRET_LENGTH);
  }

  private static String base32hex(RandomGenerator random, int longs, int length) {
    byte[] magnitude = new byte[longs * Long.BYTES];
    for (int i = 0; i < longs; i++) {
      long bits = random.nextLong();
      for (int b = 0; b < Long.BYTES; b++) {
        magnitude[i * Long.BYTES + b] = (byte) (bits >>> (Long.SIZE - Byte.SIZE * (b + 1)));
      }
    }
    String digits = new BigInteger(1, magnitude).toString(RADIX);
    return "0".repeat(length - digits.length()) + digits;
  }
}
