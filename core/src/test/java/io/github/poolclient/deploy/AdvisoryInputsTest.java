package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.advice.AdvisoryScope;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.testing.AdvisedRequests;
import io.github.poolclient.wire.WireFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link AdvisoryInputs} true to the advisories: taking away a member an advisory does not
 * list never makes it fire or raises its severity, so an unknown value of that member cannot fake
 * it. (ADV-03 does not list the redirect URLs: taking one away may only lower it.)
 */
final class AdvisoryInputsTest {

  private static final int TRIES = Integer.getInteger("poolclient.tries", 200);

  static LongStream seeds() {
    return LongStream.range(0, TRIES);
  }

  @Test
  void everyRequestAdvisoryListsItsInputs() {
    assertThat(Advisor.descriptors())
        .filteredOn(d -> d.scope() == AdvisoryScope.REQUEST)
        .extracting(AdvisoryDescriptor::id)
        .isNotEmpty()
        .allMatch(AdvisoryInputs::known);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void takingAwayAnUnlistedMemberNeverFakesOrRaisesAnAdvisory(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AdvisedRequests.Case advised = AdvisedRequests.cases().next(random);
    AdvicePolicy policy = advised.policy();
    CreateUserPoolClientRequest request = advised.request();
    UserPoolContext pool = advised.context();
    Map<String, Object> wire = WireFormat.write(request);
    List<Advisory> before = Advisor.advise(request, pool, policy);
    for (String member : wire.keySet()) {
      Map<String, Object> without = new LinkedHashMap<>(wire);
      without.remove(member);
      for (Advisory after :
          Advisor.advise(WireFormat.readCreateUserPoolClientRequest(without), pool, policy)) {
        if (AdvisoryInputs.reads(after.id(), member)) {
          continue;
        }
        assertThat(before)
            .as("seed %s: %s without %s (%s)", seed, after, member, wire)
            .anyMatch(
                b ->
                    b.id().equals(after.id())
                        && b.field().equals(after.field())
                        && b.severity().isAtLeast(after.severity()));
      }
    }
  }
}
