package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.OAuthFlowType;
import java.util.Optional;

/**
 * Reminds a public code-grant client that PKCE is up to the app (catalogue ADV-06, opt-in).
 *
 * <p>Why: "PKCE guards against the redemption of intercepted authorization codes." (A5); RFC 9700
 * §2.1.1: "Public clients MUST use PKCE" (R1). Cognito has no per-client setting that requires it,
 * so no request can fix this; the advisory is a reminder.
 *
 * <p>Off by default: it "always fires for SPAs — keep opt-in" (catalogue). Decision (ours): its
 * severity is INFO (the catalogue's "low (info)"), because nothing in the client's settings is
 * wrong. The field is the first {@code code} entry of {@code AllowedOAuthFlows}.
 */
final class PkceReminderAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-06")
          .defaultSeverity(Severity.INFO)
          .summary("Cognito cannot require PKCE per client; app must send S256 code_challenge")
          .condition("A public client has code in AllowedOAuthFlows (opt-in)")
          .sources(ImmutableList.of("A5", "R1"))
          .scope(AdvisoryScope.REQUEST)
          .onByDefault(false)
          .build();

  PkceReminderAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    if (!subject.isPublic()) {
      return ImmutableList.of();
    }
    Optional<Integer> index =
        ClientFacts.firstIndex(subject.settings().allowedOAuthFlows(), OAuthFlowType.CODE::equals);
    return index
        .map(
            i -> ImmutableList.of(DESCRIPTOR.advisory(ClientFacts.indexed("allowedOAuthFlows", i))))
        .orElse(ImmutableList.of());
  }
}
