/**
 * Generates user pool contexts, valid and rule-breaking {@code CreateUserPoolClient} requests, and
 * arbitrary wire bodies, for property tests of poolclient or of anything that emulates Cognito.
 *
 * <p>The kit depends on nothing but poolclient itself (Guava and the JDK) and on no test framework:
 * a {@link io.github.poolclient.testing.Generator} is a function from a {@link
 * java.util.random.RandomGenerator} to a value, so the same seed gives the same value and a failure
 * replays from its seed. Drive the generators from a plain JUnit 5 parameterized test of seeds, or
 * plug them into any property-testing tool:
 *
 * <pre>{@code
 * static LongStream seeds() {
 *   return LongStream.range(0, 200);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void everyValidRequestIsAccepted(long seed) {
 *   RandomGenerator random = new SplittableRandom(seed);
 *   ValidRequests.Sample sample = ValidRequests.samples().next(random);
 *   assertThat(factory.validate(sample.request(), sample.context())).as("seed %s", seed).isEmpty();
 * }
 *
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void everyBreakerHitsItsRule(long seed) {
 *   BreakingRequests.Case c = BreakingRequests.forRule("TV-03").next(new SplittableRandom(seed));
 *   assertThatThrownBy(() -> factory.create(c.request(), c.lookup()))
 *       .as("seed %s", seed)
 *       .hasMessage(c.message().orElseThrow());
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.poolclient.testing.Generator}: the interface and its combinators.
 *   <li>{@link io.github.poolclient.testing.UserPoolContexts}: valid pools of every tier.
 *   <li>{@link io.github.poolclient.testing.ValidRequests}: requests Cognito accepts, at the edges.
 *   <li>{@link io.github.poolclient.testing.BreakingRequests}: for every rule of the chain,
 *       requests that break that rule first.
 *   <li>{@link io.github.poolclient.testing.ArbitraryBodies}: JSON-parser-shaped bodies for
 *       robustness tests.
 * </ul>
 *
 * <p>Everything here is stateless and safe to share between threads; give each thread its own
 * random source.
 */
@NullMarked
package io.github.poolclient.testing;

import org.jspecify.annotations.NullMarked;
