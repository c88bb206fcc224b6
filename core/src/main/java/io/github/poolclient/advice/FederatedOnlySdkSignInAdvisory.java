package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.pool.UserPoolContext;

/**
 * Advises narrowing the auth flows of a federated-only client (catalogue ADV-10).
 *
 * <p>Why: "The removal of COGNITO from this list doesn't prevent authentication operations for
 * local users with the user pools API in an Amazon Web Services SDK. The only way to prevent
 * SDK-based authentication is to block access with a WAF rule." ([MODEL], A11). Narrowing {@code
 * ExplicitAuthFlows} to {@code ALLOW_REFRESH_TOKEN_AUTH} is the INFERRED fix.
 *
 * <p>Fires at {@code supportedIdentityProviders} when it names providers but not {@code COGNITO}
 * while SDK sign-in stays possible ({@link ClientFacts#allowsSdkSignIn}: {@code ExplicitAuthFlows}
 * omitted, or naming SRP, password, {@code USER_AUTH} or custom flows). Decision (ours): an absent
 * or empty {@code SupportedIdentityProviders} is not "federated-only" and is not advised.
 *
 * <p>False alarm: a pool with no local users; suppress with a reason.
 */
final class FederatedOnlySdkSignInAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-10")
          .defaultSeverity(Severity.MEDIUM)
          .summary("Federated-only client still accepts SDK sign-in by local users")
          .condition(
              "SupportedIdentityProviders lacks COGNITO while ExplicitAuthFlows is omitted or"
                  + " enables SRP, password, USER_AUTH or custom flows")
          .sources(ImmutableList.of("A11"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  FederatedOnlySdkSignInAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    UserPoolClientSettings settings = subject.settings();
    ImmutableList<String> providers =
        settings.supportedIdentityProviders().orElse(ImmutableList.of());
    if (!providers.isEmpty()
        && !providers.contains(UserPoolContext.COGNITO_PROVIDER)
        && ClientFacts.allowsSdkSignIn(settings)) {
      return ImmutableList.of(DESCRIPTOR.advisory("supportedIdentityProviders"));
    }
    return ImmutableList.of();
  }
}
