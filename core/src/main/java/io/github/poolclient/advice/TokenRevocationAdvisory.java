package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;

/**
 * Advises against turning token revocation off (catalogue ADV-02).
 *
 * <p>Why: "When you create a new user pool client, token revocation is enabled by default." (A2); a
 * client that sends {@code EnableTokenRevocation: false} cannot revoke its refresh tokens, so a
 * stolen one stays usable until it expires. Prowler checks the same on deployed clients. An omitted
 * member means the default (true), also on Update (UPD-04).
 *
 * <p>False alarm: very low (catalogue).
 */
final class TokenRevocationAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-02")
          .defaultSeverity(Severity.MEDIUM)
          .summary("Refresh tokens of this client cannot be revoked")
          .condition("EnableTokenRevocation is false")
          .sources(ImmutableList.of("A2"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  TokenRevocationAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    if (subject.settings().enableTokenRevocation().filter(enabled -> !enabled).isPresent()) {
      return ImmutableList.of(DESCRIPTOR.advisory("enableTokenRevocation"));
    }
    return ImmutableList.of();
  }
}
