package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.ModelCheck.item;
import static io.github.poolclient.rules.model.ModelCheck.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.AnalyticsConfiguration;
import org.junit.jupiter.api.Test;

final class AnalyticsConstraintsTest {

  private static final String ARN_PATTERN =
      "Member must satisfy regular expression pattern:"
          + " arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/CognitoPinpointRole";

  private static AnalyticsConfiguration.Builder analytics() {
    return AnalyticsConfiguration.builder();
  }

  @Test
  void acceptsValidIdRoleAndExternalId() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(
                        analytics()
                            .applicationId("0123456789abcdefABCDEF")
                            .roleArn(ROLE_ARN)
                            .externalId("my-external-id")
                            .userDataShared(true)
                            .build())))
        .isEmpty();
  }

  @Test
  void rejectsAnEmptyApplicationIdByPatternOnly() {
    assertThat(
            violations(
                Fixtures.request().analyticsConfiguration(analytics().applicationId("").build())))
        .containsExactly(
            item(
                "M-18",
                "analyticsConfiguration.applicationId",
                "Value '' at 'analyticsConfiguration.applicationId' failed to satisfy constraint:"
                    + " Member must satisfy regular expression pattern: ^[0-9a-fA-F]+$"));
  }

  @Test
  void rejectsANonHexApplicationId() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(analytics().applicationId("xyz").build())))
        .extracting(Violation::message)
        .containsExactly(
            "Value 'xyz' at 'analyticsConfiguration.applicationId' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: ^[0-9a-fA-F]+$");
  }

  @Test
  void accepts20And2048CharacterArns() {
    String arn20 = "arn:aws:iam::1:role1";
    assertThat(arn20).hasSize(20);
    String arn2048 = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/";
    arn2048 = arn2048 + "a".repeat(2048 - arn2048.length());
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(
                        analytics().applicationArn(arn2048).roleArn(arn20).build())))
        .isEmpty();
  }

  @Test
  void rejectsA19CharacterRoleArnByLengthOnly() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(analytics().roleArn("arn:aws:iam::1:role").build())))
        .containsExactly(
            item(
                "M-19",
                "analyticsConfiguration.roleArn",
                "Value 'arn:aws:iam::1:role' at 'analyticsConfiguration.roleArn' failed to"
                    + " satisfy constraint: Member must have length greater than or equal to 20"));
  }

  @Test
  void rejectsA2049CharacterApplicationArn() {
    String arn = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/";
    arn = arn + "a".repeat(2049 - arn.length());
    assertThat(
            violations(
                Fixtures.request().analyticsConfiguration(analytics().applicationArn(arn).build())))
        .containsExactly(
            item(
                "M-19",
                "analyticsConfiguration.applicationArn",
                "Value '"
                    + arn
                    + "' at 'analyticsConfiguration.applicationArn' failed to satisfy constraint:"
                    + " Member must have length less than or equal to 2048"));
  }

  @Test
  void reportsApplicationArnBeforeRoleArnWhenNeitherIsAnArn() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(
                        analytics()
                            .roleArn("role/CognitoPinpointRole")
                            .applicationArn("not-an-arn-but-long-enough")
                            .build())))
        .containsExactly(
            item(
                "M-19",
                "analyticsConfiguration.applicationArn",
                "Value 'not-an-arn-but-long-enough' at 'analyticsConfiguration.applicationArn'"
                    + " failed to satisfy constraint: "
                    + ARN_PATTERN),
            item(
                "M-19",
                "analyticsConfiguration.roleArn",
                "Value 'role/CognitoPinpointRole' at 'analyticsConfiguration.roleArn' failed to"
                    + " satisfy constraint: "
                    + ARN_PATTERN));
  }

  @Test
  void rejectsAnArnWithANonNumericAccount() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(
                        analytics().roleArn("arn:aws:iam::account:role/Pinpoint").build())))
        .extracting(Violation::ruleId, Violation::field)
        .containsExactly(tuple("M-19", "analyticsConfiguration.roleArn"));
  }

  @Test
  void accepts131072CharacterExternalIdAndRejects131073InFull() {
    assertThat(
            violations(
                Fixtures.request()
                    .analyticsConfiguration(analytics().externalId("e".repeat(131072)).build())))
        .isEmpty();
    String id = "e".repeat(131073);
    assertThat(
            violations(
                Fixtures.request().analyticsConfiguration(analytics().externalId(id).build())))
        .containsExactly(
            item(
                "M-20",
                "analyticsConfiguration.externalId",
                "Value '"
                    + id
                    + "' at 'analyticsConfiguration.externalId' failed to satisfy constraint:"
                    + " Member must have length less than or equal to 131072"));
  }
}
