package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import java.util.Optional;

/**
 * Advises SRP instead of password auth (catalogue ADV-05).
 *
 * <p>Why: with {@code ALLOW_USER_PASSWORD_AUTH}, "Amazon Cognito receives the password in the
 * request instead of using the SRP protocol to verify passwords" ([MODEL], A7); Amplify calls SRP
 * "the recommended flow". RFC 9700 §2.4 forbids the password grant (R5, an analogy only).
 *
 * <p>Severity: low; medium on a public client, whose password travels from the user's device. The
 * field is the first {@code ALLOW_USER_PASSWORD_AUTH} or legacy {@code USER_PASSWORD_AUTH} entry.
 *
 * <p>False alarm: a pool with a user-migration Lambda trigger needs this flow. The pool context
 * does not say whether the pool has one, so suppress the advisory for such a client with a reason.
 */
final class PasswordAuthAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-05")
          .defaultSeverity(Severity.LOW)
          .summary("Password sent to Cognito instead of SRP; prefer ALLOW_USER_SRP_AUTH")
          .condition(
              "ExplicitAuthFlows has ALLOW_USER_PASSWORD_AUTH or USER_PASSWORD_AUTH (medium on a"
                  + " public client)")
          .sources(ImmutableList.of("A7", "R5"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  PasswordAuthAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    Optional<Integer> index =
        ClientFacts.firstIndex(
            subject.settings().explicitAuthFlows(),
            flow ->
                flow == ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH
                    || flow == ExplicitAuthFlowsType.USER_PASSWORD_AUTH);
    if (index.isEmpty()) {
      return ImmutableList.of();
    }
    Severity severity = subject.isPublic() ? Severity.MEDIUM : DESCRIPTOR.defaultSeverity();
    return ImmutableList.of(
        DESCRIPTOR.advisory(
            ClientFacts.indexed("explicitAuthFlows", index.get()), severity, Optional.empty()));
  }
}
