package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * Advises a server-side client of a pool with threat protection to propagate user context data
 * (catalogue ADV-11).
 *
 * <p>Why: without {@code EnablePropagateAdditionalUserContextData}, "you can't send the source IP
 * address to Amazon Cognito threat protection features." ([MODEL], A12), so threat protection
 * judges the server's address instead of the user's.
 *
 * <p>Fires at {@code enablePropagateAdditionalUserContextData} when the pool's {@code
 * AdvancedSecurityMode} is {@code AUDIT} or {@code ENFORCED}, the client has a secret (PR-02 allows
 * the flag only then) and signs users in, and the flag is not true. Decision (ours): the pool's
 * mode decides, whatever its tier (threat protection is a Plus feature today, but the mode is what
 * says it is on).
 *
 * <p>False alarm: an app that uses the Admin* APIs with {@code ContextData}; suppress with a
 * reason.
 */
final class ContextDataPropagationAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-11")
          .defaultSeverity(Severity.LOW)
          .summary("Server-side app cannot forward end-user IP to threat protection")
          .condition(
              "Pool AdvancedSecurityMode AUDIT or ENFORCED; client with a secret signs users in;"
                  + " EnablePropagateAdditionalUserContextData not true")
          .sources(ImmutableList.of("A12"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  private static final ImmutableSet<String> THREAT_PROTECTION_ON =
      ImmutableSet.of("AUDIT", "ENFORCED");

  ContextDataPropagationAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    boolean threatProtection =
        subject.pool().advancedSecurityMode().map(THREAT_PROTECTION_ON::contains).orElse(false);
    if (threatProtection
        && subject.hasSecret()
        && ClientFacts.allowsUserSignIn(subject.settings())
        && !subject.settings().enablePropagateAdditionalUserContextData().orElse(false)) {
      return ImmutableList.of(DESCRIPTOR.advisory("enablePropagateAdditionalUserContextData"));
    }
    return ImmutableList.of();
  }
}
