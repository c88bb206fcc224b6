package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.AUTH_FLOW_ELEMENTS;
import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import org.junit.jupiter.api.Test;

final class AttributeAndAuthFlowConstraintsTest {

  private static final String ATTRIBUTE_ELEMENTS =
      "Member must satisfy constraint: [Member must have length less than or equal to 2048,"
          + " Member must have length greater than or equal to 1]";

  @Test
  void acceptsEmptyAttributeListsAnd2048CharacterEntries() {
    assertThat(
            violations(
                Fixtures.request()
                    .readAttributes(ImmutableList.of())
                    .writeAttributes(ImmutableList.of("x".repeat(2048), "email", "email"))))
        .isEmpty();
  }

  @Test
  void rejectsAnEmptyReadAttributeRenderingTheListAsEmptyBrackets() {
    assertThat(violations(Fixtures.request().readAttributes(ImmutableList.of(""))))
        .containsExactly(
            item(
                "M-10",
                "readAttributes",
                "Value '[]' at 'readAttributes' failed to satisfy constraint: "
                    + ATTRIBUTE_ELEMENTS));
  }

  @Test
  void rejectsA2049CharacterWriteAttributeAfterTheReadList() {
    String long2049 = "x".repeat(2049);
    assertThat(
            violations(
                Fixtures.request()
                    .writeAttributes(ImmutableList.of("email", long2049))
                    .readAttributes(ImmutableList.of("", "email"))))
        .containsExactly(
            item(
                "M-10",
                "readAttributes",
                "Value '[, email]' at 'readAttributes' failed to satisfy constraint: "
                    + ATTRIBUTE_ELEMENTS),
            item(
                "M-10",
                "writeAttributes",
                "Value '[email, "
                    + long2049
                    + "]' at 'writeAttributes' failed to satisfy constraint: "
                    + ATTRIBUTE_ELEMENTS));
  }

  @Test
  void acceptsEveryKnownAuthFlowIncludingDuplicates() {
    ImmutableList<String> all =
        ExplicitAuthFlowsType.knownValues().stream()
            .map(Object::toString)
            .collect(ImmutableList.toImmutableList());
    assertThat(all).hasSize(10);
    assertThat(
            violations(
                Fixtures.request()
                    .explicitAuthFlowsAsStrings(
                        ImmutableList.<String>builder().addAll(all).addAll(all).build())))
        .isEmpty();
  }

  @Test
  void rejectsAnUnknownAuthFlowWithTheCatalogueEnumText() {
    assertThat(
            violations(
                Fixtures.request()
                    .explicitAuthFlowsAsStrings(ImmutableList.of("ADMIN_USER_PASSWORD_AUTH"))))
        .containsExactly(
            item(
                "M-11",
                "explicitAuthFlows",
                "Value '[ADMIN_USER_PASSWORD_AUTH]' at 'explicitAuthFlows' failed to satisfy"
                    + " constraint: "
                    + AUTH_FLOW_ELEMENTS));
  }

  @Test
  void rejectsALowerCaseAuthFlowOnceForTheWholeList() {
    assertThat(
            violations(
                Fixtures.request()
                    .explicitAuthFlowsAsStrings(
                        ImmutableList.of(
                            "ALLOW_REFRESH_TOKEN_AUTH",
                            "allow_user_srp_auth",
                            "UNKNOWN_TO_SDK_VERSION"))))
        .containsExactly(
            item(
                "M-11",
                "explicitAuthFlows",
                "Value '[ALLOW_REFRESH_TOKEN_AUTH, allow_user_srp_auth, UNKNOWN_TO_SDK_VERSION]' at"
                    + " 'explicitAuthFlows' failed to satisfy constraint: "
                    + AUTH_FLOW_ELEMENTS));
  }
}
