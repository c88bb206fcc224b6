package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.advice.Severity;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.testing.AdvisedRequests;
import io.github.poolclient.testing.BreakingRequests;
import io.github.poolclient.testing.Generator;
import io.github.poolclient.testing.UserPoolContexts;
import io.github.poolclient.testing.ValidRequests;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that advising never throws, never changes what {@code validate} returns, keeps catalogue
 * order, and that every advised request of the kit is valid and fires its advisory.
 */
final class AdviceProperties {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(1))
          .build();

  private static final List<String> IDS =
      Advisor.descriptors().stream()
          .map(AdvisoryDescriptor::id)
          .collect(ImmutableList.toImmutableList());

  static LongStream seeds() {
    return Tries.seeds();
  }

  /** Returns a policy with random opt-ins, disables, floor, thresholds and a suppression. */
  private static AdvicePolicy policy(RandomGenerator random) {
    AdvicePolicy.Builder policy = AdvicePolicy.builder();
    if (random.nextBoolean()) {
      policy.addEnabled("ADV-06");
    }
    if (random.nextInt(4) == 0) {
      policy.addDisabled(Generator.oneOf(IDS).next(random));
    }
    if (random.nextInt(4) == 0) {
      policy.putSuppressions(Generator.oneOf(IDS).next(random), "seeded reason");
    }
    policy.floor(Generator.oneOf(List.of(Severity.values())).next(random));
    if (random.nextBoolean()) {
      policy.maxRefreshTokenValidity(java.time.Duration.ofSeconds(random.nextInt(1, 1 << 30)));
    }
    return policy.build();
  }

  private static void adviseSafely(
      long seed, CreateUserPoolClientRequest request, UserPoolContext pool, AdvicePolicy policy) {
    ImmutableList<Violation> before = FACTORY.validate(request, pool);
    ImmutableList<Advisory> advisories = FACTORY.advise(request, pool, policy);
    assertThat(FACTORY.validate(request, pool)).as("seed %s: validate", seed).isEqualTo(before);
    assertThat(advisories.stream().map(a -> IDS.indexOf(a.id())).toList())
        .as("seed %s: catalogue order", seed)
        .isSorted()
        .doesNotContain(-1);
    for (Advisory advisory : advisories) {
      assertThat(advisory.severity().isAtLeast(policy.floor())).as("seed %s", seed).isTrue();
      assertThat(policy.runs(advisory.id())).as("seed %s", seed).isTrue();
      assertThat(advisory.suppressed())
          .as("seed %s", seed)
          .isEqualTo(policy.suppressions().containsKey(advisory.id()));
      // Secrets too short to be told from ordinary text (M-04 wants 24+) are not searched for.
      request
          .clientSecret()
          .filter(secret -> secret.length() >= 8)
          .ifPresent(secret -> assertThat(advisory.message()).doesNotContain(secret));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void advisingValidRequestsNeverThrowsNorChangesValidation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ValidRequests.Sample sample = ValidRequests.samples().next(random);
    adviseSafely(seed, sample.request(), sample.context(), policy(random));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void advisingBreakingRequestsNeverThrowsNorChangesValidation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BreakingRequests.Case c = BreakingRequests.cases().next(random);
    adviseSafely(seed, c.request(), c.context(), policy(random));
    // Any pool, not only the request's own: advice reads whatever the caller gives it.
    adviseSafely(seed, c.request(), UserPoolContexts.contexts().next(random), policy(random));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyAdvisedRequestIsValidAndFiresItsAdvisory(long seed) {
    for (String id : AdvisedRequests.advisoryIds()) {
      AdvisedRequests.Case c = AdvisedRequests.forAdvisory(id).next(new SplittableRandom(seed));
      assertThat(FACTORY.validate(c.request(), c.context()))
          .as("seed %s, %s: %s", seed, id, c.request())
          .isEmpty();
      assertThat(FACTORY.advise(c.request(), c.context(), c.policy()))
          .as("seed %s, %s: %s", seed, id, c.request())
          .extracting(Advisory::id)
          .contains(id);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyAdvisedUpdateIsValidAndFiresAdv12AtItsFields(long seed) {
    AdvisedRequests.UpdateCase c = AdvisedRequests.resets().next(new SplittableRandom(seed));
    assertThat(
            FACTORY.validate(
                c.request(),
                UserPoolLookup.of(c.context()),
                UserPoolClientLookup.of(ImmutableList.of(c.stored()))))
        .as("seed %s: %s", seed, c.request())
        .isEmpty();
    assertThat(Advisor.adviseUpdate(c.request(), c.context(), c.stored(), AdvicePolicy.defaults()))
        .as("seed %s", seed)
        .filteredOn(a -> a.id().equals("ADV-12"))
        .extracting(Advisory::field)
        .containsExactlyInAnyOrderElementsOf(c.fields());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void advisingBreakingUpdatesNeverThrows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AdvisedRequests.UpdateCase stored = AdvisedRequests.resets().next(random);
    BreakingRequests.Case c = BreakingRequests.cases().next(random);
    UpdateUserPoolClientRequest update =
        UpdateUserPoolClientRequest.builder()
            .from(c.request())
            .clientId(random.nextBoolean() ? stored.stored().clientId() : "x")
            .build();
    AdvicePolicy policy = policy(random);
    for (UserPoolContext pool : List.of(c.context(), stored.context())) {
      ImmutableList<Advisory> advisories =
          Advisor.adviseUpdate(update, pool, stored.stored(), policy);
      assertThat(advisories.stream().map(a -> IDS.indexOf(a.id())).toList())
          .as("seed %s: catalogue order", seed)
          .isSorted()
          .doesNotContain(-1);
    }
  }
}
