package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import java.util.Optional;

/**
 * Advises ENABLED user-existence protection on clients that sign users in (catalogue ADV-01).
 *
 * <p>Why: "When you create a new app client with the Amazon Cognito user pools API,
 * PreventUserExistenceErrors is LEGACY, or disabled, by default." (A1), and an Update that omits it
 * sets it back to LEGACY (A13). LEGACY answers {@code UserNotFoundException}, so an attacker can
 * enumerate users. Prowler checks the same on deployed clients.
 *
 * <p>False alarm: machine-to-machine clients, which sign no user in ({@link
 * ClientFacts#allowsUserSignIn}); they are not advised. An unknown value (a model error, M-21) is
 * not judged.
 */
final class UserExistenceErrorsAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-01")
          .defaultSeverity(Severity.MEDIUM)
          .summary("User-existence errors are revealed (API default LEGACY); set ENABLED")
          .condition(
              "PreventUserExistenceErrors is absent or LEGACY on a client that signs users in")
          .sources(ImmutableList.of("A1", "A13"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  UserExistenceErrorsAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    Optional<PreventUserExistenceErrorTypes> value =
        subject.settings().preventUserExistenceErrors();
    boolean legacy = value.map(PreventUserExistenceErrorTypes.LEGACY::equals).orElse(true);
    if (legacy && ClientFacts.allowsUserSignIn(subject.settings())) {
      return ImmutableList.of(DESCRIPTOR.advisory("preventUserExistenceErrors"));
    }
    return ImmutableList.of();
  }
}
