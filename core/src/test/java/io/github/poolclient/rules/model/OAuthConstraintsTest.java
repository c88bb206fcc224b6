package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.Violation;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class OAuthConstraintsTest {

  private static final String FLOW_ELEMENTS =
      "Member must satisfy constraint: [Member must satisfy enum value set: [implicit,"
          + " client_credentials, code]]";
  private static final String SCOPE_ELEMENTS =
      "Member must satisfy constraint: [Member must have length less than or equal to 256, Member"
          + " must have length greater than or equal to 1, Member must satisfy regular expression"
          + " pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+]";

  private static ImmutableList<String> scopes(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "api/s" + i)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void acceptsThreeFlowsIncludingADuplicate() {
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthFlowsAsStrings(ImmutableList.of("code", "implicit", "code"))))
        .isEmpty();
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))))
        .isEmpty();
  }

  @Test
  void rejectsFourFlowsEvenWhenTwoAreDuplicates() {
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthFlowsAsStrings(
                        ImmutableList.of("code", "implicit", "code", "implicit"))))
        .containsExactly(
            item(
                "M-15",
                "allowedOAuthFlows",
                "Value '[code, implicit, code, implicit]' at 'allowedOAuthFlows' failed to satisfy"
                    + " constraint: Member must have length less than or equal to 3"));
  }

  @Test
  void rejectsTheTokenFlow() {
    assertThat(violations(Fixtures.request().allowedOAuthFlowsAsStrings(ImmutableList.of("token"))))
        .containsExactly(
            item(
                "M-15",
                "allowedOAuthFlows",
                "Value '[token]' at 'allowedOAuthFlows' failed to satisfy constraint: "
                    + FLOW_ELEMENTS));
  }

  @Test
  void rejectsAFlowInTheWrongCase() {
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthFlowsAsStrings(ImmutableList.of("implicit", "Code"))))
        .extracting(Violation::message)
        .containsExactly(
            "Value '[implicit, Code]' at 'allowedOAuthFlows' failed to satisfy constraint: "
                + FLOW_ELEMENTS);
  }

  @Test
  void reportsSizeThenElementsForFourFlowsWithAnUnknownOne() {
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthFlowsAsStrings(
                        ImmutableList.of("code", "implicit", "token", "client_credentials"))))
        .extracting(Violation::message)
        .containsExactly(
            "Value '[code, implicit, token, client_credentials]' at 'allowedOAuthFlows' failed to"
                + " satisfy constraint: Member must have length less than or equal to 3",
            "Value '[code, implicit, token, client_credentials]' at 'allowedOAuthFlows' failed to"
                + " satisfy constraint: "
                + FLOW_ELEMENTS);
  }

  @Test
  void accepts50ScopesAnd256CharacterScopes() {
    assertThat(violations(Fixtures.request().allowedOAuthScopes(scopes(50)))).isEmpty();
    assertThat(
            violations(
                Fixtures.request()
                    .allowedOAuthScopes(ImmutableList.of("s".repeat(256), "!#[]~/:", "openid"))))
        .isEmpty();
  }

  @Test
  void rejects51Scopes() {
    ImmutableList<String> scopes = scopes(51);
    assertThat(violations(Fixtures.request().allowedOAuthScopes(scopes)))
        .containsExactly(
            item(
                "M-16",
                "allowedOAuthScopes",
                "Value '"
                    + scopes
                    + "' at 'allowedOAuthScopes' failed to satisfy constraint: Member must have"
                    + " length less than or equal to 50"));
  }

  @Test
  void rejectsAScopeWithASpace() {
    assertThat(
            violations(
                Fixtures.request().allowedOAuthScopes(ImmutableList.of("openid", "my scope"))))
        .containsExactly(
            item(
                "M-16",
                "allowedOAuthScopes",
                "Value '[openid, my scope]' at 'allowedOAuthScopes' failed to satisfy constraint: "
                    + SCOPE_ELEMENTS));
  }

  @Test
  void rejectsScopesThatAreEmptyTooLongQuotedBackslashedOrNonAscii() {
    for (String scope : new String[] {"", "s".repeat(257), "a\"b", "a\\b", "é"}) {
      assertThat(violations(Fixtures.request().allowedOAuthScopes(ImmutableList.of(scope))))
          .as(scope)
          .extracting(Violation::message)
          .containsExactly(
              "Value '["
                  + scope
                  + "]' at 'allowedOAuthScopes' failed to satisfy constraint: "
                  + SCOPE_ELEMENTS);
    }
  }
}
