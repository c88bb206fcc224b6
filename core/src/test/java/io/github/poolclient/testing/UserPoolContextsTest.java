package io.github.poolclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class UserPoolContextsTest {

  private static final List<UserPoolContext> CONTEXTS =
      LongStream.range(0, 400)
          .mapToObj(seed -> UserPoolContexts.contexts().next(new SplittableRandom(seed)))
          .toList();

  @Test
  void sameSeedGivesEqualContexts() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(UserPoolContexts.contexts().next(new SplittableRandom(seed)))
          .as("seed %s", seed)
          .isEqualTo(UserPoolContexts.contexts().next(new SplittableRandom(seed)));
    }
  }

  @Test
  void poolIdsMatchTheModelAndReachBothLengthBounds() {
    List<String> ids =
        LongStream.range(0, 400)
            .mapToObj(seed -> UserPoolContexts.poolIds().next(new SplittableRandom(seed)))
            .toList();
    assertThat(ids)
        .allSatisfy(id -> assertThat(id).hasSizeBetween(1, 55).matches("[\\w-]+_[0-9a-zA-Z]+"));
    assertThat(ids.stream().mapToInt(String::length).max()).hasValue(55);
    assertThat(ids.stream().mapToInt(String::length).min().getAsInt()).isLessThanOrEqualTo(4);
  }

  @Test
  void everyTierOccurs() {
    assertThat(CONTEXTS.stream().map(UserPoolContext::userPoolTier).distinct())
        .containsExactlyInAnyOrder(
            UserPoolTierType.LITE, UserPoolTierType.ESSENTIALS, UserPoolTierType.PLUS);
  }

  @Test
  void tierGeneratorKeepsItsTier() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(
              UserPoolContexts.contexts(UserPoolTierType.LITE)
                  .next(new SplittableRandom(seed))
                  .userPoolTier())
          .isEqualTo(UserPoolTierType.LITE);
    }
  }

  @Test
  void clientCountIsBelowTheLimitAndReachesLimitMinusOne() {
    assertThat(CONTEXTS)
        .allSatisfy(c -> assertThat(c.clientCount()).isBetween(0, c.clientLimit() - 1));
    assertThat(CONTEXTS)
        .anySatisfy(c -> assertThat(c.clientCount()).isEqualTo(c.clientLimit() - 1));
    assertThat(CONTEXTS).anySatisfy(c -> assertThat(c.clientLimit()).isEqualTo(1));
  }

  @Test
  void requiredAttributesAreAlwaysWritable() {
    assertThat(CONTEXTS)
        .allSatisfy(
            c ->
                assertThat(UserPoolContexts.writableAttributes(c))
                    .containsAll(c.requiredAttributes()));
    assertThat(CONTEXTS).anySatisfy(c -> assertThat(c.requiredAttributes()).isNotEmpty());
  }

  @Test
  void schemasHoldCustomImmutableAndDeveloperOnlyAttributes() {
    List<SchemaAttribute> all =
        CONTEXTS.stream().flatMap(c -> c.schemaAttributes().stream()).toList();
    assertThat(all).anySatisfy(a -> assertThat(a.name()).startsWith("custom:"));
    assertThat(all)
        .anySatisfy(
            a -> {
              assertThat(a.name()).startsWith("custom:");
              assertThat(a.mutable()).isFalse();
            });
    assertThat(all).anySatisfy(a -> assertThat(a.developerOnly()).isTrue());
  }

  @Test
  void identityProviderNamesSatisfyTheModelIncludingSpacesNonAsciiAndLength32() {
    List<String> names = CONTEXTS.stream().flatMap(c -> c.identityProviders().stream()).toList();
    assertThat(names)
        .allSatisfy(
            n ->
                assertThat(n)
                    .hasSizeBetween(1, 32)
                    .matches("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+"));
    assertThat(names).anySatisfy(n -> assertThat(n).contains(" "));
    assertThat(names).anySatisfy(n -> assertThat(n).matches(".*[^\\x00-\\x7F].*"));
    assertThat(names).anySatisfy(n -> assertThat(n).hasSize(32));
  }

  @Test
  void customScopesSatisfyTheModel() {
    List<String> scopes =
        CONTEXTS.stream().flatMap(c -> UserPoolContexts.customScopes(c).stream()).toList();
    assertThat(scopes).isNotEmpty();
    assertThat(scopes)
        .allSatisfy(
            s -> assertThat(s).hasSizeBetween(1, 256).matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]+"));
  }
}
