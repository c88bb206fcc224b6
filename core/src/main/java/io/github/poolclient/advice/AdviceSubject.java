package io.github.poolclient.advice;

import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Optional;

/**
 * Holds what the advisories read: the settings as sent, whether the client has a secret, the pool,
 * the policy, and for an Update the stored client and what the Update resets.
 *
 * @param settings the request's members as sent
 * @param hasSecret whether the client has a secret (Create: {@code GenerateSecret} true or a {@code
 *     ClientSecret} given; Update: the stored client has a {@code ClientSecret})
 * @param pool the user pool
 * @param policy the policy (ADV-08 reads its thresholds)
 * @param stored the stored client, for an Update
 * @param resets what the Update resets, for an Update
 */
record AdviceSubject(
    UserPoolClientSettings settings,
    boolean hasSecret,
    UserPoolContext pool,
    AdvicePolicy policy,
    Optional<UserPoolClient> stored,
    Optional<UpdateResetReport> resets) {

  /** Returns whether the client is public: it has no secret (catalogue section 3). */
  boolean isPublic() {
    return !hasSecret;
  }

  /**
   * Returns whether refresh-token rotation is enabled: the request's {@code RefreshTokenRotation},
   * else on Update the stored client's (catalogue 12.8), else disabled (RTR-01).
   */
  boolean rotationEnabled() {
    Optional<RefreshTokenRotation> rotation =
        settings.refreshTokenRotation().or(() -> stored.map(UserPoolClient::refreshTokenRotation));
    return rotation
        .flatMap(RefreshTokenRotation::feature)
        .filter(FeatureType.ENABLED::equals)
        .isPresent();
  }
}
