package io.github.poolclient.rules.tier;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code RefreshTokenRotation.Feature = ENABLED} on a client of a {@code LITE} pool
 * (catalogue RTR-05); {@code ESSENTIALS} and {@code PLUS} pools accept it.
 *
 * <p>Evidence: the tier requirement comes from third-party citations of the 2025-04 launch
 * announcement, the exception from TIER-01 and the message format from TIER-02 (confidence
 * INFERRED). Message: {@code The following features need to be disabled for the LITE pricing tier
 * configured: Refresh token rotation}.
 *
 * <p>(ours, catalogue 12.2/12.4) The feature name {@code Refresh token rotation} ({@link
 * Messages#FEATURE_REFRESH_TOKEN_ROTATION}); only {@code ENABLED} fails, so an explicit {@code
 * DISABLED} block, a block without {@code Feature} and an unknown feature string (model errors) are
 * accepted here. One violation, at field {@code refreshTokenRotation}.
 */
public final class RefreshTokenRotationTierRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "RTR-05",
          Stage.SEMANTIC,
          ErrorType.FEATURE_UNAVAILABLE_IN_TIER,
          "Refresh token rotation ENABLED needs a pool of the Essentials tier or higher.");

  /** Creates the rule. */
  public RefreshTokenRotationTierRule() {
    super(DESCRIPTOR);
  }

  /** Returns a violation when a {@code LITE} pool's client enables refresh token rotation. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.pool().userPoolTier() == UserPoolTierType.LITE && candidate.rotationEnabled()) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "refreshTokenRotation",
              Messages.featureUnavailableInLite(Messages.FEATURE_REFRESH_TOKEN_ROTATION)));
    }
    return ImmutableList.of();
  }
}
