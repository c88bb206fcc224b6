package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.UserPoolClientSettings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Advises removing loopback http redirect URLs before production (catalogue ADV-04).
 *
 * <p>Why: "Amazon Cognito requires HTTPS over HTTP except for callback URLs to http://localhost,
 * http://127.0.0.1 and http://[::1]. These callback URLs are for testing purposes only." (A8); RFC
 * 9700 §2.6 allows http only for native clients using loopback redirection (R6).
 *
 * <p>One advisory per distinct loopback URL of {@code CallbackURLs} and {@code LogoutURLs} (at the
 * index of its first occurrence, as the rule chain reports a repeated value once), then {@code
 * DefaultRedirectURI}. The URL is named in the message: a redirect URL is no secret. Decision
 * (ours): only the {@code http} scheme counts, as the catalogue's condition says; {@code
 * https://localhost} is not advised. URLs that {@link java.net.URI} cannot parse are not judged.
 *
 * <p>False alarm: dev/test stacks, and native apps using loopback redirection (R6 allows it).
 */
final class LoopbackRedirectAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-04")
          .defaultSeverity(Severity.MEDIUM)
          .summary("Test-only loopback redirect on this client")
          .condition(
              "A CallbackURLs, LogoutURLs or DefaultRedirectURI entry is http to localhost,"
                  + " 127.0.0.1 or [::1]")
          .sources(ImmutableList.of("A8", "R6"))
          .scope(AdvisoryScope.REQUEST)
          .build();

  LoopbackRedirectAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    UserPoolClientSettings settings = subject.settings();
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    list(out, "callbackURLs", settings.callbackURLs().orElse(ImmutableList.of()));
    list(out, "logoutURLs", settings.logoutURLs().orElse(ImmutableList.of()));
    settings
        .defaultRedirectURI()
        .filter(ClientFacts::isLoopbackHttp)
        .ifPresent(url -> out.add(advisory("defaultRedirectURI", url)));
    return out.build();
  }

  /** Returns whether any redirect URL of {@code settings} is a loopback http URL. */
  static boolean hasLoopbackRedirect(UserPoolClientSettings settings) {
    return settings.callbackURLs().orElse(ImmutableList.of()).stream()
            .anyMatch(ClientFacts::isLoopbackHttp)
        || settings.logoutURLs().orElse(ImmutableList.of()).stream()
            .anyMatch(ClientFacts::isLoopbackHttp)
        || settings.defaultRedirectURI().filter(ClientFacts::isLoopbackHttp).isPresent();
  }

  private static void list(
      ImmutableList.Builder<Advisory> out, String member, ImmutableList<String> urls) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      if (seen.add(url) && ClientFacts.isLoopbackHttp(url)) {
        out.add(advisory(ClientFacts.indexed(member, i), url));
      }
    }
  }

  private static Advisory advisory(String field, String url) {
    return DESCRIPTOR.advisory(field, DESCRIPTOR.defaultSeverity(), Optional.of(url));
  }
}
