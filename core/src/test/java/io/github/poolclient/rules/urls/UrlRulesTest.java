package io.github.poolclient.rules.urls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.rules.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the redirect URL rules URL-06, URL-04, URL-02 and URL-08. */
final class UrlRulesTest {

  private static ImmutableList<Violation> checkUrls(CreateUserPoolClientRequest.Builder request) {
    return new RedirectUrlRule().check(request.build(), Fixtures.pool().build());
  }

  private static ImmutableList<Violation> checkCallback(String url) {
    return checkUrls(Fixtures.request().callbackURLs(ImmutableList.of(url)));
  }

  private static ImmutableList<Violation> checkLogout(String url) {
    return checkUrls(Fixtures.request().logoutURLs(ImmutableList.of(url)));
  }

  private static Violation notAbsolute(String field, String url) {
    return notAbsolute(field, 0, url);
  }

  private static Violation notAbsolute(String field, int index, String url) {
    return at(
        index,
        url,
        Violation.of(
            "URL-06",
            Stage.SEMANTIC,
            field,
            ErrorType.INVALID_PARAMETER,
            Messages.notAbsoluteUri(url)));
  }

  private static Violation fragment(String field, String url) {
    return fragment(field, 0, url);
  }

  private static Violation fragment(String field, int index, String url) {
    return at(
        index,
        url,
        Violation.of(
            "URL-04",
            Stage.SEMANTIC,
            field,
            ErrorType.INVALID_PARAMETER,
            Messages.fragmentNotAllowed(url)));
  }

  private static Violation plainHttp(String field, String url) {
    return plainHttp(field, 0, url);
  }

  private static Violation plainHttp(String field, int index, String url) {
    return at(
        index,
        url,
        Violation.of(
            "URL-02",
            Stage.SEMANTIC,
            field,
            ErrorType.INVALID_PARAMETER,
            Messages.httpNotAllowed(url)));
  }

  /** Returns the violation with its indexed path and the offending URL as value. */
  private static Violation at(int index, String url, Violation violation) {
    return violation.withPath(violation.field() + "[" + index + "]").withValue(url);
  }

  // Accepted entries

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/callback",
        "https://www.example.com/auth/done?x=1",
        "https://example.com:8443/cb",
        "HTTPS://EXAMPLE.COM/cb",
        "http://localhost",
        "http://localhost:3000",
        "http://localhost:8001/cb?x=1",
        "http://LocalHost:3000/cb",
        "HTTP://LOCALHOST/cb",
        "http://127.0.0.1",
        "http://127.0.0.1:8080/cb",
        "http://[::1]",
        "http://[::1]:8080",
        "http://[::1]:3000/callback",
        "http://user@localhost:5000/cb",
        "http://user:pw@127.0.0.1/cb",
        "myapp://cb",
        "myapp://example",
        "com.example.app:/oauth2redirect",
        "https://example.com/*",
        "https://example.com/cb?next=*",
        "https://example.com/コールバック",
        "https://example.com/déconnexion",
        "https://example.com/caf%C3%A9",
        // 12.5: a registry-based authority (a * label, a non-ASCII label, an underscore) is fine,
        // and the URL-02 host is the raw authority without user info and port.
        "https://*.example.com/cb",
        "https://bücher.example/cb",
        "https://ex_ample.com/cb",
        "https://café.example.fr/retour",
        "http://127.0.0.1:abc/cb"
      })
  void acceptsAbsoluteUrisWithoutFragmentAndHttpOnlyToLoopback(String url) {
    assertThat(checkCallback(url)).isEmpty();
    assertThat(checkLogout(url)).isEmpty();
  }

  @Test
  void acceptsAbsentAndEmptyLists() {
    assertThat(checkUrls(Fixtures.request())).isEmpty();
    assertThat(
            checkUrls(
                Fixtures.request().callbackURLs(ImmutableList.of()).logoutURLs(ImmutableList.of())))
        .isEmpty();
  }

  @Test
  void acceptsAVeryLongUrl() {
    assertThat(checkCallback("https://example.com/" + "a".repeat(100_000))).isEmpty();
  }

  // URL-02

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com/callback",
        "http://localhost.com/",
        "http://localhost./cb",
        "http://localhost.example.com:3000/cb",
        "http://192.168.0.1/cb",
        "http://127.0.0.2/cb",
        "http://[::2]/cb",
        "http://[0:0:0:0:0:0:0:1]/cb",
        "HTTP://EXAMPLE.COM",
        "Http://example.com/cb",
        "http://localhost@evil.example/cb",
        "http://example.com/cb?redirect=http://localhost",
        "http://*.example.com/cb",
        "http://localhoſt:8080/cb"
      })
  void rejectsPlainHttpToAHostOtherThanLoopback(String url) {
    assertThat(checkCallback(url)).containsExactly(plainHttp("callbackURLs", url));
    assertThat(checkLogout(url)).containsExactly(plainHttp("logoutURLs", url));
  }

  // URL-04

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/cb#section",
        "https://example.com/cb#",
        "myapp://cb#x",
        "http://localhost:3000/#/home",
        "http://example.com/cb#section",
        "http://*.example.com/cb#section"
      })
  void rejectsFragmentBeforeLookingAtTheScheme(String url) {
    assertThat(checkCallback(url)).containsExactly(fragment("callbackURLs", url));
    assertThat(checkLogout(url)).containsExactly(fragment("logoutURLs", url));
  }

  // URL-06

  @ParameterizedTest
  @ValueSource(
      strings = {
        "callback",
        "/callback",
        "//example.com/cb",
        "callback#section",
        "",
        "https://example.com/a b",
        "https://example.com/%zz",
        "https://",
        "myapp://",
        "https:example.com/cb",
        "http:///cb",
        "https:///callback",
        "https:/cb",
        "HTTPS:/cb",
        "http:cb"
      })
  void rejectsEntriesThatAreNotAbsoluteUrisWithAnAuthorityBeforeAnyOtherCheck(String url) {
    assertThat(checkCallback(url)).containsExactly(notAbsolute("callbackURLs", url));
    assertThat(checkLogout(url)).containsExactly(notAbsolute("logoutURLs", url));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "localhost, localhost",
    "localhost:3000, localhost",
    "user@localhost:3000, localhost",
    "a@b@localhost, localhost",
    "localhost@evil.example, evil.example",
    "[::1], [::1]",
    "[::1]:8080, [::1]",
    "user:pw@[::1]:8080, [::1]",
    "user:pw@127.0.0.1, 127.0.0.1",
    "*.example.com:443, *.example.com"
  })
  void takesTheUrl02HostFromTheRawAuthority(String authority, String host) {
    assertThat(RedirectUrlRule.host(authority)).isEqualTo(host);
  }

  @Test
  void rejectsAVeryLongUnparsableUrlWithoutFailing() {
    String url = "https://example.com/" + "a b".repeat(50_000);
    assertThat(checkCallback(url)).containsExactly(notAbsolute("callbackURLs", url));
  }

  // Order across entries and lists

  @Test
  void reportsEachFailingEntryOnceInRequestOrderCallbacksFirst() {
    assertThat(
            checkUrls(
                Fixtures.request()
                    .logoutURLs(
                        ImmutableList.of(
                            "http://example.com/logout", "https://ok.example.com/bye", "bye"))
                    .callbackURLs(
                        ImmutableList.of(
                            "https://ok.example.com/cb",
                            "http://plain.example.com/cb",
                            "relative/path",
                            "http://plain.example.com/cb",
                            "https://example.com/cb#frag"))))
        .containsExactly(
            plainHttp("callbackURLs", 1, "http://plain.example.com/cb"),
            notAbsolute("callbackURLs", 2, "relative/path"),
            fragment("callbackURLs", 4, "https://example.com/cb#frag"),
            plainHttp("logoutURLs", 0, "http://example.com/logout"),
            notAbsolute("logoutURLs", 2, "bye"));
  }

  @Test
  void reportsTheSameUrlInBothListsForEachList() {
    String url = "http://example.com/";
    assertThat(
            checkUrls(
                Fixtures.request()
                    .callbackURLs(ImmutableList.of(url))
                    .logoutURLs(ImmutableList.of(url))))
        .containsExactly(plainHttp("callbackURLs", url), plainHttp("logoutURLs", url));
  }

  @Test
  void describesTheThreeRulesInPerEntryOrder() {
    assertThat(new RedirectUrlRule().descriptors())
        .extracting(RuleDescriptor::id)
        .containsExactly("URL-06", "URL-04", "URL-02");
    assertThat(new RedirectUrlRule().descriptors())
        .extracting(RuleDescriptor::errorType, RuleDescriptor::stage)
        .containsOnly(tuple(ErrorType.INVALID_PARAMETER, Stage.SEMANTIC));
  }

  // URL-08

  private static ImmutableList<Violation> checkDefault(
      CreateUserPoolClientRequest.Builder request) {
    return new DefaultRedirectUriRule().check(request.build(), Fixtures.pool().build());
  }

  private static Violation notInCallbacks(String uri) {
    return Violation.of(
            "URL-08",
            Stage.SEMANTIC,
            "defaultRedirectURI",
            ErrorType.INVALID_PARAMETER,
            Messages.defaultRedirectNotInCallbacks(uri))
        .withValue(uri);
  }

  @Test
  void acceptsDefaultRedirectEqualToACallback() {
    assertThat(
            checkDefault(
                Fixtures.request()
                    .callbackURLs(
                        ImmutableList.of(
                            "https://example.com/callback", "http://localhost:3000/cb"))
                    .defaultRedirectURI("http://localhost:3000/cb")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/other",
        "https://example.com/callback/",
        "https://EXAMPLE.com/callback",
        "HTTPS://example.com/callback",
        ""
      })
  void rejectsDefaultRedirectNotExactlyEqualToACallback(String uri) {
    assertThat(
            checkDefault(
                Fixtures.request()
                    .callbackURLs(ImmutableList.of("https://example.com/callback"))
                    .defaultRedirectURI(uri)))
        .containsExactly(notInCallbacks(uri));
  }

  @Test
  void rejectsDefaultRedirectWithoutCallbacks() {
    String uri = "https://example.com/callback";
    assertThat(checkDefault(Fixtures.request().defaultRedirectURI(uri)))
        .containsExactly(notInCallbacks(uri));
    assertThat(
            checkDefault(
                Fixtures.request().callbackURLs(ImmutableList.of()).defaultRedirectURI(uri)))
        .containsExactly(notInCallbacks(uri));
  }

  @Test
  void rejectsDefaultRedirectThatIsOnlyALogoutUrl() {
    String uri = "https://example.com/logout";
    assertThat(
            checkDefault(
                Fixtures.request().logoutURLs(ImmutableList.of(uri)).defaultRedirectURI(uri)))
        .containsExactly(notInCallbacks(uri));
  }

  @Test
  void acceptsAbsentDefaultRedirect() {
    assertThat(
            checkDefault(
                Fixtures.request().callbackURLs(ImmutableList.of("https://example.com/callback"))))
        .isEmpty();
  }

  @Test
  void describesTheDefaultRedirectRule() {
    assertThat(new DefaultRedirectUriRule().descriptors())
        .extracting(RuleDescriptor::id, RuleDescriptor::errorType, RuleDescriptor::stage)
        .containsExactly(tuple("URL-08", ErrorType.INVALID_PARAMETER, Stage.SEMANTIC));
  }
}
