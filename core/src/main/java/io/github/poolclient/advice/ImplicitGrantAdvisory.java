package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.OAuthFlowType;
import java.util.Optional;

/**
 * Advises the code grant instead of the implicit grant (catalogue ADV-03).
 *
 * <p>Why: "An implicit grant is less secure because it exposes tokens and potential identifying
 * information to users." (A4); "The authorization code grant is the most secure form of
 * authorization grant." (A3); RFC 9700 §2.1.2: "clients SHOULD NOT use the implicit grant" (R2).
 *
 * <p>Severity: medium; high when the client also has a loopback http redirect URL (ADV-04), since
 * the tokens then travel in the fragment of a plain-http URL. The field is the first {@code
 * implicit} entry of {@code AllowedOAuthFlows}. Decision (ours): fires whatever {@code
 * AllowedOAuthFlowsUserPoolClient} says, as the catalogue's condition reads.
 *
 * <p>False alarm: a legacy SPA pending migration (suppress it with a reason).
 */
final class ImplicitGrantAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-03")
          .defaultSeverity(Severity.MEDIUM)
          .summary("Implicit grant is legacy; use code (+PKCE)")
          .condition("AllowedOAuthFlows contains implicit (high with a loopback redirect URL)")
          .sources(ImmutableList.of("A3", "A4", "R2"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  ImplicitGrantAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    Optional<Integer> index =
        ClientFacts.firstIndex(
            subject.settings().allowedOAuthFlows(), OAuthFlowType.IMPLICIT::equals);
    if (index.isEmpty()) {
      return ImmutableList.of();
    }
    Severity severity =
        LoopbackRedirectAdvisory.hasLoopbackRedirect(subject.settings())
            ? Severity.HIGH
            : DESCRIPTOR.defaultSeverity();
    return ImmutableList.of(
        DESCRIPTOR.advisory(
            ClientFacts.indexed("allowedOAuthFlows", index.get()), severity, Optional.empty()));
  }
}
