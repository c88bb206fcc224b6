package io.github.poolclient.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class IdGeneratorTest {

  private static final String CLIENT_ID = "^[0-9a-v]{26}$";
  private static final String CLIENT_SECRET = "^[0-9a-v]{52}$";

  /** Returns a random source that yields {@code longs} in order, then fails. */
  private static RandomGenerator sequence(long... longs) {
    Deque<Long> queue = new ArrayDeque<>();
    LongStream.of(longs).forEach(queue::add);
    return () -> {
      Long next = queue.poll();
      if (next == null) {
        throw new AssertionError("asked for more than " + longs.length + " longs");
      }
      return next;
    };
  }

  /** Returns the unsigned big-endian number of the longs, in base32hex padded to {@code length}. */
  private static String base32hex(int length, long... longs) {
    BigInteger value = BigInteger.ZERO;
    for (long bits : longs) {
      value = value.shiftLeft(Long.SIZE).or(new BigInteger(Long.toUnsignedString(bits)));
    }
    String digits = value.toString(32);
    return "0".repeat(length - digits.length()) + digits;
  }

  @Test
  void clientIdsAreTwentySixBase32HexDigitsStartingWithZeroToSeven() {
    SplittableRandom random = new SplittableRandom(20260101L);
    for (int i = 0; i < 1000; i++) {
      String id = IdGenerator.clientId(random);

      assertThat(id).matches(CLIENT_ID);
      assertThat(id.charAt(0)).isBetween('0', '7');
    }
  }

  @Test
  void clientSecretsAreFiftyTwoBase32HexDigitsStartingWithZeroOrOne() {
    SplittableRandom random = new SplittableRandom(20260101L);
    for (int i = 0; i < 1000; i++) {
      String secret = IdGenerator.clientSecret(random);

      assertThat(secret).matches(CLIENT_SECRET);
      assertThat(secret.charAt(0)).isBetween('0', '1');
    }
  }

  @Test
  void everyFirstCharacterOccursOverManyIds() {
    SplittableRandom random = new SplittableRandom(7L);
    StringBuilder firstIdChars = new StringBuilder();
    StringBuilder firstSecretChars = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      firstIdChars.append(IdGenerator.clientId(random).charAt(0));
      firstSecretChars.append(IdGenerator.clientSecret(random).charAt(0));
    }

    assertThat(firstIdChars.chars().distinct().count()).isEqualTo(8);
    assertThat(firstSecretChars.chars().distinct().count()).isEqualTo(2);
  }

  @Test
  void sameSeedGivesTheSameIdsAndSecrets() {
    SplittableRandom first = new SplittableRandom(42L);
    SplittableRandom second = new SplittableRandom(42L);

    assertThat(IdGenerator.clientId(first)).isEqualTo(IdGenerator.clientId(second));
    assertThat(IdGenerator.clientSecret(first)).isEqualTo(IdGenerator.clientSecret(second));
  }

  @Test
  void consecutiveIdsDiffer() {
    SplittableRandom random = new SplittableRandom(42L);

    assertThat(IdGenerator.clientId(random)).isNotEqualTo(IdGenerator.clientId(random));
  }

  @Test
  void allZeroBitsGiveAllZeroDigits() {
    RandomGenerator zeros = () -> 0L;

    assertThat(IdGenerator.clientId(zeros)).isEqualTo("00000000000000000000000000");
    assertThat(IdGenerator.clientSecret(zeros)).isEqualTo("0".repeat(52));
  }

  @Test
  void allOneBitsGiveTheLargestValues() {
    // 128 bits = 3 + 25 * 5, so 7 then 25 v; 256 bits = 1 + 51 * 5, so 1 then 51 v.
    RandomGenerator ones = () -> -1L;

    assertThat(IdGenerator.clientId(ones)).isEqualTo("7vvvvvvvvvvvvvvvvvvvvvvvvv");
    assertThat(IdGenerator.clientSecret(ones)).isEqualTo("1" + "v".repeat(51));
  }

  @Test
  void clientIdIsTheFirstLongFollowedByTheSecondInBigEndianOrder() {
    long high = 0x0123456789abcdefL;
    long low = 0xfedcba9876543210L;

    assertThat(IdGenerator.clientId(sequence(high, low))).isEqualTo(base32hex(26, high, low));
    assertThat(base32hex(26, high, low)).isEqualTo("014d2mf2dbpnnvtn5qj1r58cgg");
  }

  @Test
  void clientSecretUsesFourLongsInBigEndianOrder() {
    long[] longs = {-1L, 0L, 0x8000000000000000L, 1L};

    assertThat(IdGenerator.clientSecret(sequence(longs))).isEqualTo(base32hex(52, longs));
  }

  @Test
  void smallValuesAreLeftPaddedWithZeros() {
    assertThat(IdGenerator.clientId(sequence(0L, 1L))).isEqualTo("0".repeat(25) + "1");
    assertThat(IdGenerator.clientId(sequence(0L, 32L))).isEqualTo("0".repeat(24) + "10");
    assertThat(IdGenerator.clientSecret(sequence(0L, 0L, 0L, 31L))).isEqualTo("0".repeat(51) + "v");
  }

  @Test
  void clientIdUsesExactlyTwoLongsAndSecretExactlyFour() {
    List<Long> served = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(1L);
    RandomGenerator counting =
        () -> {
          long next = random.nextLong();
          served.add(next);
          return next;
        };

    IdGenerator.clientId(counting);
    assertThat(served).hasSize(2);
    IdGenerator.clientSecret(counting);
    assertThat(served).hasSize(6);
  }

  @Test
  void constantsDescribeTheFormats() {
    assertThat(IdGenerator.CLIENT_ID_LENGTH).isEqualTo(26);
    assertThat(IdGenerator.CLIENT_ID_BITS).isEqualTo(128);
    assertThat(IdGenerator.CLIENT_SECRET_LENGTH).isEqualTo(52);
    assertThat(IdGenerator.CLIENT_SECRET_BITS).isEqualTo(256);
  }
}
