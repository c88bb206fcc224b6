package io.github.poolclient.rules.urls;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rejects a {@code CallbackURLs} or {@code LogoutURLs} entry that is not an absolute URI (catalogue
 * URL-06), has a fragment (URL-04), or uses plain HTTP towards a host other than a loopback host
 * (URL-02).
 *
 * <p>Why: the service model requires a redirect URI to be absolute, without a fragment, and HTTPS
 * except for {@code http://localhost}, {@code http://127.0.0.1} and {@code http://[::1]} on any
 * port; app schemes such as {@code myapp://example} are allowed (URL-01, URL-05; DOC, REAL).
 * Evidence: URL-02 is REAL for callbacks ({@code http://localhost.com/ cannot use the HTTP
 * protocol.}, amplify-cli #5419) and REAL-2 for logout URLs; URL-04 is REAL-2 (preflight rules);
 * URL-06 is INFERRED with our own message.
 *
 * <p>Messages, with the URL exactly as sent, on field {@code callbackURLs} or {@code logoutURLs}:
 * URL-06 {@code <url> is not a valid absolute URI.} (ours), URL-04 {@code <url> cannot use
 * fragment}, URL-02 {@code <url> cannot use the HTTP protocol.}
 *
 * <p>Decisions (12.1, 12.2, 12.4): the rules apply whatever {@code AllowedOAuthFlowsUserPoolClient}
 * says, to callback and logout URLs alike. Each entry is parsed with {@link URI}: a parse failure,
 * a URI that is not absolute, or an {@code http}/{@code https} URI without an authority fails
 * URL-06 (12.5: {@code https:///cb}, {@code https:/cb}, {@code http:cb}; the scheme compared
 * case-insensitively, 12.8); else a fragment (even an empty one after {@code #}) fails URL-04; else
 * {@code http} towards a host other than exactly {@code localhost}, {@code 127.0.0.1} or {@code
 * [::1]} fails URL-02. The host is the raw authority without user info and port (12.5), compared
 * folding ASCII case only (12.8), so {@code http://user@localhost:5000/cb} is loopback while {@code
 * http://localhost@evil.example/cb}, {@code http://*.example.com/cb} and {@code
 * http://localhoſt/cb} are not. An authority {@link URI} keeps registry-based (a {@code *} label, a
 * non-ASCII label, an underscore) is accepted and echoed literally (12.5, URL-10). Each entry
 * reports only its first failure; callback entries come first, in request order, then logout
 * entries. (ours) A value repeated within one list is reported once.
 */
public final class RedirectUrlRule extends SemanticRule {

  static final RuleDescriptor NOT_ABSOLUTE =
      RuleDescriptor.of(
          "URL-06",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "Every callback and logout URL is an absolute URI, with an authority for http and https.");

  static final RuleDescriptor FRAGMENT =
      RuleDescriptor.of(
          "URL-04",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "No callback or logout URL has a fragment.");

  static final RuleDescriptor PLAIN_HTTP =
      RuleDescriptor.of(
          "URL-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "A callback or logout URL uses plain HTTP only towards localhost, 127.0.0.1 or [::1].");

  /** The hosts plain HTTP may target, lower case; {@link URI} keeps IPv6 brackets in the host. */
  private static final ImmutableSet<String> LOOPBACK_HOSTS =
      ImmutableSet.of("localhost", "127.0.0.1", "[::1]");

  /** Creates the rule. */
  public RedirectUrlRule() {
    super(NOT_ABSOLUTE, FRAGMENT, PLAIN_HTTP);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return ImmutableList.<Violation>builder()
        .addAll(
            checkEntries("callbackURLs", Candidate.orEmpty(candidate.settings().callbackURLs())))
        .addAll(checkEntries("logoutURLs", Candidate.orEmpty(candidate.settings().logoutURLs())))
        .build();
  }

  private static ImmutableList<Violation> checkEntries(String field, ImmutableList<String> urls) {
    // Neither the builder nor the set exists for lists that pass, the usual case.
    ImmutableList.Builder<Violation> out = null;
    Set<String> reported = null;
    for (int index = 0; index < urls.size(); index++) {
      String url = urls.get(index);
      Optional<Failure> failure = checkEntry(url);
      // An entry fails or passes wherever it stands, so only failures need de-duplicating.
      if (failure.isEmpty()) {
        continue;
      }
      if (reported == null) {
        reported = new HashSet<>();
      }
      if (reported.add(url)) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(failure.get().rule.violationAt(field, index, url, failure.get().message));
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  /** The first rule an entry breaks, with its message. */
  private record Failure(RuleDescriptor rule, String message) {}

  private static Optional<Failure> checkEntry(String url) {
    Optional<URI> parsed = parse(url);
    if (parsed.isEmpty() || !parsed.get().isAbsolute()) {
      return Optional.of(new Failure(NOT_ABSOLUTE, Messages.notAbsoluteUri(url)));
    }
    URI uri = parsed.get();
    String scheme = uri.getScheme();
    boolean http = Ascii.equalsIgnoreCase(scheme, "http");
    String authority = uri.getRawAuthority();
    // 12.5: only a missing authority fails; a registry-based one (no server host: a * label, a
    // non-ASCII label, an underscore) is accepted and kept literally.
    if (authority == null && (http || Ascii.equalsIgnoreCase(scheme, "https"))) {
      return Optional.of(new Failure(NOT_ABSOLUTE, Messages.notAbsoluteUri(url)));
    }
    if (uri.getRawFragment() != null) {
      return Optional.of(new Failure(FRAGMENT, Messages.fragmentNotAllowed(url)));
    }
    // An http URI without an authority has already failed URL-06, so the authority is known here.
    if (http && !LOOPBACK_HOSTS.contains(Ascii.toLowerCase(host(authority)))) {
      return Optional.of(new Failure(PLAIN_HTTP, Messages.httpNotAllowed(url)));
    }
    return Optional.empty();
  }

  /**
   * Returns the host of a raw authority as catalogue 12.5 defines it for URL-02: without a {@code
   * userinfo@} prefix (up to the last {@code @}) and without a {@code :port} suffix (from the first
   * {@code :} outside {@code [...]}).
   */
  static String host(String authority) {
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    int bracketClose = hostAndPort.startsWith("[") ? hostAndPort.indexOf(']') : -1;
    int colon = hostAndPort.indexOf(':', bracketClose + 1);
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }

  private static Optional<URI> parse(String url) {
    try {
      return Optional.of(new URI(url));
    } catch (URISyntaxException e) {
      // An unparsable entry is not an absolute URI: URL-06 reports it, so the cause is not needed.
      return Optional.empty();
    }
  }
}
