package io.github.poolclient.generation;

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

  /** Returns a new client id: 128 random bits as 26 characters of {@code [0-9a-v]}. */
  public static String clientId(RandomGenerator random) {
    return base32hex(random, CLIENT_ID_BITS / Long.SIZE, CLIENT_ID_LENGTH);
  }

  /** Returns a new client secret: 256 random bits as 52 characters of {@code [0-9a-v]}. */
  public static String clientSecret(RandomGenerator random) {
    return base32hex(random, CLIENT_SECRET_BITS / Long.SIZE, CLIENT_SECRET_LENGTH);
  }

  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuv".toCharArray();

  private static final int BITS_PER_DIGIT = 5;

  private static final long DIGIT_MASK = (1L << BITS_PER_DIGIT) - 1;

  /**
   * Returns {@code longs} random longs, read as one big-endian unsigned number, in base32hex,
   * left-padded with {@code 0} to {@code length} digits: what {@code new BigInteger(1,
   * bytes).toString(32)} gives, without its allocations. Each digit is the next 5 bits from the
   * least significant end; a digit that straddles two longs takes its high bits from the next one.
   */
  private static String base32hex(RandomGenerator random, int longs, int length) {
    long[] words = new long[longs];
    for (int i = 0; i < longs; i++) {
      words[i] = random.nextLong(); // words[0] holds the most significant bits
    }
    char[] out = new char[length];
    for (int digit = 0; digit < length; digit++) {
      int offset = digit * BITS_PER_DIGIT;
      int word = longs - 1 - offset / Long.SIZE;
      int shift = offset % Long.SIZE;
      long value = words[word] >>> shift;
      if (shift > Long.SIZE - BITS_PER_DIGIT && word > 0) {
        value |= words[word - 1] << (Long.SIZE - shift);
      }
      out[length - 1 - digit] = DIGITS[(int) (value & DIGIT_MASK)];
    }
    return new String(out);
  }
}
