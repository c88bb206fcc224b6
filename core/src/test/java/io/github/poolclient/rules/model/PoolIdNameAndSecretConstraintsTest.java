package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PoolIdNameAndSecretConstraintsTest {

  private static final String POOL_ID_PATTERN =
      "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+";
  private static final String NAME_PATTERN =
      "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+";

  @Test
  void acceptsTheMinimalRequest() {
    assertThat(violations(Fixtures.request())).isEmpty();
  }

  @Test
  void reportsOnlyNotNullForAMissingUserPoolId() {
    assertThat(violations(Fixtures.request().userPoolId(Optional.empty())))
        .containsExactly(
            item(
                "M-01",
                "userPoolId",
                "Value null at 'userPoolId' failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void rejectsAUserPoolIdWithALeadingSpace() {
    assertThat(violations(Fixtures.request().userPoolId(" us-east-1_Example01")))
        .containsExactly(
            item(
                "M-01",
                "userPoolId",
                "Value ' us-east-1_Example01' at 'userPoolId' failed to satisfy constraint: "
                    + POOL_ID_PATTERN));
  }

  @Test
  void rejectsAUserPoolIdWithoutUnderscore() {
    assertThat(violations(Fixtures.request().userPoolId("us-east-1-Example01")))
        .extracting(Violation::message)
        .containsExactly(
            "Value 'us-east-1-Example01' at 'userPoolId' failed to satisfy constraint: "
                + POOL_ID_PATTERN);
  }

  @Test
  void acceptsA55CharacterUserPoolIdAndRejects56() {
    String id55 = "a".repeat(53) + "_b";
    assertThat(violations(Fixtures.request().userPoolId(id55))).isEmpty();
    String id56 = "a".repeat(54) + "_b";
    assertThat(violations(Fixtures.request().userPoolId(id56)))
        .containsExactly(
            item(
                "M-01",
                "userPoolId",
                "Value '"
                    + id56
                    + "' at 'userPoolId' failed to satisfy constraint: Member must have length"
                    + " less than or equal to 55"));
  }

  @Test
  void reportsMinLengthThenPatternForAnEmptyUserPoolId() {
    assertThat(violations(Fixtures.request().userPoolId("")))
        .extracting(Violation::message)
        .containsExactly(
            "Value '' at 'userPoolId' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1",
            "Value '' at 'userPoolId' failed to satisfy constraint: " + POOL_ID_PATTERN);
  }

  @Test
  void reportsOnlyNotNullForAMissingClientName() {
    assertThat(violations(Fixtures.request().clientName(Optional.empty())))
        .containsExactly(
            item(
                "M-02",
                "clientName",
                "Value null at 'clientName' failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void acceptsA128CharacterClientNameAndRejects129() {
    assertThat(violations(Fixtures.request().clientName("a".repeat(128)))).isEmpty();
    assertThat(violations(Fixtures.request().clientName("a".repeat(129))))
        .containsExactly(
            item(
                "M-02",
                "clientName",
                "Value '"
                    + "a".repeat(129)
                    + "' at 'clientName' failed to satisfy constraint: Member must have length"
                    + " less than or equal to 128"));
  }

  @Test
  void reportsMinLengthThenPatternForAnEmptyClientName() {
    assertThat(violations(Fixtures.request().clientName("")))
        .containsExactly(
            item(
                "M-02",
                "clientName",
                "Value '' at 'clientName' failed to satisfy constraint: Member must have length"
                    + " greater than or equal to 1"),
            item(
                "M-02",
                "clientName",
                "Value '' at 'clientName' failed to satisfy constraint: " + NAME_PATTERN));
  }

  @Test
  void rejectsANonAsciiClientName() {
    assertThat(violations(Fixtures.request().clientName("アプリ")))
        .containsExactly(
            item(
                "M-02",
                "clientName",
                "Value 'アプリ' at 'clientName' failed to satisfy constraint: " + NAME_PATTERN));
    assertThat(violations(Fixtures.request().clientName("café"))).hasSize(1);
  }

  @Test
  void acceptsTabsSpacesAndEveryAllowedPunctuationInClientName() {
    assertThat(violations(Fixtures.request().clientName("my\tapp"))).isEmpty();
    assertThat(violations(Fixtures.request().clientName("   "))).isEmpty();
    assertThat(violations(Fixtures.request().clientName("Web_App 2+=,.@-"))).isEmpty();
  }

  @Test
  void rejectsASlashInClientName() {
    assertThat(violations(Fixtures.request().clientName("web/app")))
        .extracting(Violation::message)
        .containsExactly(
            "Value 'web/app' at 'clientName' failed to satisfy constraint: " + NAME_PATTERN);
  }

  @Test
  void acceptsA24And64CharacterClientSecret() {
    assertThat(violations(Fixtures.request().clientSecret("a".repeat(24)))).isEmpty();
    assertThat(violations(Fixtures.request().clientSecret("A+b_9".repeat(12) + "abcd"))).isEmpty();
  }

  @Test
  void rejectsA23CharacterClientSecretWithoutPrintingIt() {
    assertThat(violations(Fixtures.request().clientSecret("s".repeat(23))))
        .containsExactly(
            item(
                "M-04",
                "clientSecret",
                "Value at 'clientSecret' failed to satisfy constraint: Member must have length"
                    + " greater than or equal to 24"));
  }

  @Test
  void rejectsA65CharacterClientSecretWithoutPrintingIt() {
    assertThat(violations(Fixtures.request().clientSecret("s".repeat(65))))
        .containsExactly(
            item(
                "M-04",
                "clientSecret",
                "Value at 'clientSecret' failed to satisfy constraint: Member must have length"
                    + " less than or equal to 64"));
  }

  @Test
  void reportsMinLengthThenPatternForAnEmptyClientSecret() {
    assertThat(violations(Fixtures.request().clientSecret("")))
        .extracting(Violation::message)
        .containsExactly(
            "Value at 'clientSecret' failed to satisfy constraint: Member must have length greater"
                + " than or equal to 24",
            "Value at 'clientSecret' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [\\w+]+");
  }

  @Test
  void reportsMaxLengthThenPatternForALongSecretWithForbiddenCharacters() {
    String secret = "Secret-Value!".repeat(5) + "x"; // 66 characters
    assertThat(violations(Fixtures.request().clientSecret(secret)))
        .extracting(Violation::message)
        .containsExactly(
            "Value at 'clientSecret' failed to satisfy constraint: Member must have length less"
                + " than or equal to 64",
            "Value at 'clientSecret' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [\\w+]+")
        .noneMatch(message -> message.contains("Secret-Value"));
  }
}
