package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Says which advisories run, from which severity on, with which token-lifetime thresholds (ADV-08),
 * and which advisories are suppressed for the client at hand, with a reason.
 *
 * <p>Defaults ({@link AdvicePolicy#defaults()}): every advisory runs except the opt-in ADV-06 (the
 * catalogue: "Always fires for SPAs — keep opt-in"); no severity floor; thresholds at Cognito's
 * defaults (access and ID tokens 1 hour, refresh tokens 30 days; a public client's refresh tokens
 * above 365 days are medium); nothing suppressed. A policy is meant for one client, so a
 * suppression names one advisory id for that client. An advisory below the floor or not run is left
 * out of the report; a suppressed one stays in it, marked suppressed. Unknown advisory ids,
 * thresholds of zero or less and blank reasons are programming errors ({@link
 * IllegalStateException} at build).
 */
@Value.Immutable
public abstract class AbstractAdvicePolicy {
  AbstractAdvicePolicy() {}

  /** Returns the default policy: every advisory but ADV-06, no floor, Cognito's token defaults. */
  public static AdvicePolicy defaults() {
    return AdvicePolicy.builder().build();
  }

  /** Returns the ids of opt-in advisories to run as well (e.g. {@code ADV-06}). */
  public abstract ImmutableSet<String> enabled();

  /** Returns the ids of advisories not to run; this wins over {@link #enabled()}. */
  public abstract ImmutableSet<String> disabled();

  /** Returns the lowest severity reported; advisories below it are left out. */
  @Value.Default
  public Severity floor() {
    return Severity.INFO;
  }

  /** Returns the longest access token validity not advised by ADV-08 (default 1 hour). */
  @Value.Default
  public Duration maxAccessTokenValidity() {
    return Duration.ofHours(1);
  }

  /** Returns the longest ID token validity not advised by ADV-08 (default 1 hour). */
  @Value.Default
  public Duration maxIdTokenValidity() {
    return Duration.ofHours(1);
  }

  /** Returns the longest refresh token validity not advised by ADV-08 (default 30 days). */
  @Value.Default
  public Duration maxRefreshTokenValidity() {
    return Duration.ofDays(30);
  }

  /**
   * Returns the refresh token validity above which ADV-08 is medium on a public client (default 365
   * days).
   */
  @Value.Default
  public Duration maxPublicRefreshTokenValidity() {
    return Duration.ofDays(365);
  }

  /** Returns the suppressed advisory ids for this client, each with its reason. */
  public abstract ImmutableMap<String, String> suppressions();

  /** Returns whether this policy runs the advisory {@code id}. */
  public final boolean runs(String id) {
    checkNotNull(id, "id");
    if (disabled().contains(id)) {
      return false;
    }
    return enabled().contains(id)
        || Advisor.descriptor(id).map(AdvisoryDescriptor::onByDefault).orElse(false);
  }

  /**
   * Returns {@code advisory} as this policy reports it: empty when its advisory does not run or its
   * severity is below the floor, else marked suppressed when the policy suppresses its id.
   */
  public final Optional<Advisory> apply(Advisory advisory) {
    checkNotNull(advisory, "advisory");
    if (!runs(advisory.id()) || !advisory.severity().isAtLeast(floor())) {
      return Optional.empty();
    }
    String reason = suppressions().get(advisory.id());
    return Optional.of(
        reason == null ? advisory : advisory.withSuppressionReason(Optional.of(reason)));
  }

  @Value.Check
  final void check() {
    for (String id : ImmutableSet.<String>builder().addAll(enabled()).addAll(disabled()).build()) {
      checkState(Advisor.descriptor(id).isPresent(), "unknown advisory id %s", id);
    }
    for (Map.Entry<String, String> suppression : suppressions().entrySet()) {
      checkState(
          Advisor.descriptor(suppression.getKey()).isPresent(),
          "unknown advisory id %s",
          suppression.getKey());
      checkState(
          !suppression.getValue().isBlank(), "suppressing %s needs a reason", suppression.getKey());
    }
    checkPositive(maxAccessTokenValidity(), "maxAccessTokenValidity");
    checkPositive(maxIdTokenValidity(), "maxIdTokenValidity");
    checkPositive(maxRefreshTokenValidity(), "maxRefreshTokenValidity");
    checkPositive(maxPublicRefreshTokenValidity(), "maxPublicRefreshTokenValidity");
  }

  private static void checkPositive(Duration threshold, String name) {
    checkState(
        !threshold.isNegative() && !threshold.isZero(), "%s must be positive: %s", name, threshold);
  }
}
