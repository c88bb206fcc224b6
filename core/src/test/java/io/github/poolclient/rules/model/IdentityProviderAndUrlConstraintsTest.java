package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.URL_ELEMENTS;
import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.Violation;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class IdentityProviderAndUrlConstraintsTest {

  private static final String IDP_ELEMENTS =
      "Member must satisfy constraint: [Member must have length less than or equal to 32, Member"
          + " must have length greater than or equal to 1, Member must satisfy regular expression"
          + " pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+]";
  private static final String URL_PATTERN =
      "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";

  private static ImmutableList<String> urls(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + i)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void acceptsA32CharacterProviderNameWithSpacesOrNonAsciiLetters() {
    assertThat(
            violations(
                Fixtures.request()
                    .supportedIdentityProviders(
                        ImmutableList.of("P".repeat(32), "Corp SAML", "Société Générale"))))
        .isEmpty();
  }

  @Test
  void rejectsA33CharacterProviderName() {
    String p33 = "P".repeat(33);
    assertThat(
            violations(
                Fixtures.request().supportedIdentityProviders(ImmutableList.of("COGNITO", p33))))
        .containsExactly(
            item(
                "M-12",
                "supportedIdentityProviders",
                "Value '[COGNITO, "
                    + p33
                    + "]' at 'supportedIdentityProviders' failed to satisfy constraint: "
                    + IDP_ELEMENTS));
  }

  @Test
  void rejectsEmptyAndTabbedProviderNames() {
    assertThat(violations(Fixtures.request().supportedIdentityProviders(ImmutableList.of(""))))
        .extracting(Violation::message)
        .containsExactly(
            "Value '[]' at 'supportedIdentityProviders' failed to satisfy constraint: "
                + IDP_ELEMENTS);
    // A tab is a control character, not a \p{Z} separator.
    assertThat(violations(Fixtures.request().supportedIdentityProviders(ImmutableList.of("a\tb"))))
        .hasSize(1);
  }

  @Test
  void accepts100CallbackUrlsOf1024CharactersAndNonAsciiUrls() {
    String long1024 = "https://app.example.com/" + "x".repeat(1000);
    assertThat(long1024).hasSize(1024);
    assertThat(
            violations(
                Fixtures.request()
                    .callbackURLs(urls("https://app.example.com/cb/", 100))
                    .logoutURLs(ImmutableList.of(long1024, "https://例え.jp/ログアウト"))))
        .isEmpty();
  }

  @Test
  void rejects101CallbackUrlsCountingDuplicates() {
    ImmutableList<String> same =
        IntStream.range(0, 101)
            .mapToObj(i -> "https://app.example.com/cb")
            .collect(ImmutableList.toImmutableList());
    assertThat(violations(Fixtures.request().callbackURLs(same)))
        .containsExactly(
            item(
                "M-13",
                "callbackURLs",
                "Value '"
                    + same
                    + "' at 'callbackURLs' failed to satisfy constraint: Member must have length"
                    + " less than or equal to 100"));
  }

  @Test
  void reportsSizeThenElementsForAnOversizedListWithABadEntry() {
    ImmutableList<String> bad =
        ImmutableList.<String>builder()
            .addAll(urls("https://app.example.com/bye/", 100))
            .add("bye bye")
            .build();
    String rendered = bad.toString();
    assertThat(violations(Fixtures.request().logoutURLs(bad)))
        .containsExactly(
            item(
                "M-13",
                "logoutURLs",
                "Value '"
                    + rendered
                    + "' at 'logoutURLs' failed to satisfy constraint: Member must have length"
                    + " less than or equal to 100"),
            item(
                "M-13",
                "logoutURLs",
                "Value '"
                    + rendered
                    + "' at 'logoutURLs' failed to satisfy constraint: "
                    + URL_ELEMENTS));
  }

  @Test
  void rejectsEmptyCallbackAndLogoutEntriesInThatOrder() {
    assertThat(
            violations(
                Fixtures.request()
                    .logoutURLs(ImmutableList.of(""))
                    .callbackURLs(ImmutableList.of(""))))
        .containsExactly(
            item(
                "M-13",
                "callbackURLs",
                "Value '[]' at 'callbackURLs' failed to satisfy constraint: " + URL_ELEMENTS),
            item(
                "M-13",
                "logoutURLs",
                "Value '[]' at 'logoutURLs' failed to satisfy constraint: " + URL_ELEMENTS));
  }

  @Test
  void rejectsA1025CharacterUrlAndAUrlWithASpace() {
    String long1025 = "https://app.example.com/" + "x".repeat(1001);
    assertThat(
            violations(
                Fixtures.request()
                    .callbackURLs(ImmutableList.of(long1025))
                    .logoutURLs(ImmutableList.of("https://app.example.com/a b"))))
        .containsExactly(
            item(
                "M-13",
                "callbackURLs",
                "Value '["
                    + long1025
                    + "]' at 'callbackURLs' failed to satisfy constraint: "
                    + URL_ELEMENTS),
            item(
                "M-13",
                "logoutURLs",
                "Value '[https://app.example.com/a b]' at 'logoutURLs' failed to satisfy"
                    + " constraint: "
                    + URL_ELEMENTS));
  }

  @Test
  void acceptsA1024CharacterDefaultRedirectUri() {
    assertThat(
            violations(
                Fixtures.request()
                    .defaultRedirectURI("https://app.example.com/" + "x".repeat(1000))))
        .isEmpty();
  }

  @Test
  void reportsMinLengthThenPatternForAnEmptyDefaultRedirectUri() {
    assertThat(violations(Fixtures.request().defaultRedirectURI("")))
        .containsExactly(
            item(
                "M-14",
                "defaultRedirectURI",
                "Value '' at 'defaultRedirectURI' failed to satisfy constraint: Member must have"
                    + " length greater than or equal to 1"),
            item(
                "M-14",
                "defaultRedirectURI",
                "Value '' at 'defaultRedirectURI' failed to satisfy constraint: " + URL_PATTERN));
  }

  @Test
  void reportsMaxLengthThenPatternForALongDefaultRedirectUriWithASpace() {
    String uri = "https://app.example.com/ " + "x".repeat(1000);
    assertThat(violations(Fixtures.request().defaultRedirectURI(uri)))
        .extracting(Violation::message)
        .containsExactly(
            "Value '"
                + uri
                + "' at 'defaultRedirectURI' failed to satisfy constraint: Member must have length"
                + " less than or equal to 1024",
            "Value '"
                + uri
                + "' at 'defaultRedirectURI' failed to satisfy constraint: "
                + URL_PATTERN);
  }
}
