package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolTierType;

/**
 * Advises refresh-token rotation on public clients that renew sessions (catalogue ADV-07).
 *
 * <p>Why: RFC 9700 §2.2.2: "Refresh tokens for public clients MUST be sender-constrained or use
 * refresh token rotation" (R3); Cognito has no sender-constraining, so rotation is the only way.
 * Rotation needs the Essentials tier or higher (RTR-05), so a {@code LITE} pool is not advised.
 *
 * <p>Fires on a public client that allows refresh ({@link ClientFacts#allowsRefresh}) in an {@code
 * ESSENTIALS} or {@code PLUS} pool, when the effective rotation is absent or {@code DISABLED} (on
 * Update: the request's, else the stored client's, catalogue 12.8). Field: {@code
 * refreshTokenRotation}.
 *
 * <p>False alarm: apps that use {@code REFRESH_TOKEN_AUTH}, which rotation forbids (A9); suppress
 * with a reason.
 */
final class RefreshTokenRotationAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-07")
          .defaultSeverity(Severity.LOW)
          .summary("Enable refresh-token rotation for public clients")
          .condition(
              "A public client allowing refresh, in an ESSENTIALS or PLUS pool, has rotation absent"
                  + " or DISABLED")
          .sources(ImmutableList.of("R3", "A9"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  RefreshTokenRotationAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    UserPoolTierType tier = subject.pool().userPoolTier();
    boolean rotationAvailable =
        tier == UserPoolTierType.ESSENTIALS || tier == UserPoolTierType.PLUS;
    if (rotationAvailable
        && subject.isPublic()
        && ClientFacts.allowsRefresh(subject.settings())
        && !subject.rotationEnabled()) {
      return ImmutableList.of(DESCRIPTOR.advisory("refreshTokenRotation"));
    }
    return ImmutableList.of();
  }
}
