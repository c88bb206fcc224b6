package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolClientSettings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Advises restricting what users can write about themselves (catalogue ADV-09).
 *
 * <p>Why: "When you don't specify the WriteAttributes for your app client, your app can write the
 * values of the Standard attributes of your user pool." ([MODEL], A10); a custom attribute such as
 * "whether a user is a paying customer" should be visible but not changeable (A10); "The
 * aws.cognito.signin.user.admin scope authorizes user self-service operations." RFC 9700 §2.3:
 * privileges "SHOULD be restricted to the minimum required" (R4).
 *
 * <p>Fires, on a client that signs users in ({@link ClientFacts#allowsUserSignIn}): at {@code
 * writeAttributes} (low) when {@code WriteAttributes} is omitted (absent, or empty, which Cognito
 * treats as not set, RESP-03); at each distinct writable {@code custom:} attribute (medium); at the
 * {@code aws.cognito.signin.user.admin} scope (low). Decision (ours): a machine-to-machine client
 * is not advised, since no user holds its tokens.
 *
 * <p>False alarm: profile-editing apps, custom attributes not used for authorization; suppress with
 * a reason.
 */
final class SelfWritableAttributesAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-09")
          .defaultSeverity(Severity.LOW)
          .summary("Users can self-modify attributes; restrict to what the app edits")
          .condition(
              "WriteAttributes omitted or with custom:* (medium), or the"
                  + " aws.cognito.signin.user.admin scope, on a client that signs users in")
          .sources(ImmutableList.of("A10", "R4"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  /** The scope that authorizes user self-service operations (A10). */
  static final String SELF_SERVICE_SCOPE = "aws.cognito.signin.user.admin";

  private static final String CUSTOM_PREFIX = "custom:";

  SelfWritableAttributesAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    UserPoolClientSettings settings = subject.settings();
    if (!ClientFacts.allowsUserSignIn(settings)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    ImmutableList<String> writable = settings.writeAttributes().orElse(ImmutableList.of());
    if (writable.isEmpty()) {
      out.add(
          DESCRIPTOR.advisory(
              "writeAttributes",
              Severity.LOW,
              Optional.of("WriteAttributes is omitted, so every standard attribute is writable")));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < writable.size(); i++) {
      String name = writable.get(i);
      if (seen.add(name) && name.startsWith(CUSTOM_PREFIX)) {
        out.add(
            DESCRIPTOR.advisory(
                ClientFacts.indexed("writeAttributes", i),
                Severity.MEDIUM,
                Optional.of(name + " is writable by the user")));
      }
    }
    ClientFacts.firstIndex(
            settings.allowedOAuthScopes().orElse(ImmutableList.of()), SELF_SERVICE_SCOPE::equals)
        .ifPresent(
            i ->
                out.add(
                    DESCRIPTOR.advisory(
                        ClientFacts.indexed("allowedOAuthScopes", i),
                        Severity.LOW,
                        Optional.of(SELF_SERVICE_SCOPE + " authorizes user self-service"))));
    return out.build();
  }
}
