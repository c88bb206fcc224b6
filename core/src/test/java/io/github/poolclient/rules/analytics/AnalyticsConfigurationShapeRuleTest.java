package io.github.poolclient.rules.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class AnalyticsConfigurationShapeRuleTest {

  private static final String ARN =
      "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef";
  private static final String ID = "0123456789abcdef0123456789abcdef";
  private static final String ROLE = "arn:aws:iam::123456789012:role/CognitoPinpointRole";
  private static final String EXTERNAL = "my-external-id";

  private static final Violation INVALID =
      Violation.of(
          "AN-03",
          Stage.SEMANTIC,
          "analyticsConfiguration",
          ErrorType.INVALID_PARAMETER,
          "Invalid analytics configuration given, either <application arn> or <application id,"
              + " role arn, external id> are valid");

  private static final UserPoolContext POOL = Fixtures.pool().build();

  private final AnalyticsConfigurationShapeRule rule = new AnalyticsConfigurationShapeRule();

  private static Arguments shape(
      String description, UnaryOperator<AnalyticsConfiguration.Builder> members) {
    return Arguments.of(description, members.apply(AnalyticsConfiguration.builder()).build());
  }

  private static CreateUserPoolClientRequest requestWith(AnalyticsConfiguration configuration) {
    return Fixtures.request().analyticsConfiguration(configuration).build();
  }

  static Stream<Arguments> acceptedShapes() {
    return Stream.of(
        shape("ApplicationArn alone", b -> b.applicationArn(ARN)),
        shape(
            "ApplicationArn + UserDataShared true",
            b -> b.applicationArn(ARN).userDataShared(true)),
        shape(
            "ApplicationArn + UserDataShared false",
            b -> b.applicationArn(ARN).userDataShared(false)),
        shape(
            "ApplicationId + RoleArn + ExternalId",
            b -> b.applicationId(ID).roleArn(ROLE).externalId(EXTERNAL)),
        shape(
            "ApplicationId + RoleArn + ExternalId + UserDataShared",
            b -> b.applicationId(ID).roleArn(ROLE).externalId(EXTERNAL).userDataShared(true)),
        shape("empty ApplicationArn alone (a model error, not AN-03)", b -> b.applicationArn("")));
  }

  static Stream<Arguments> rejectedShapes() {
    return Stream.of(
        shape("{}", b -> b),
        shape("UserDataShared alone", b -> b.userDataShared(true)),
        shape("ApplicationId alone", b -> b.applicationId(ID)),
        shape("ApplicationId + RoleArn", b -> b.applicationId(ID).roleArn(ROLE)),
        shape("ApplicationId + ExternalId", b -> b.applicationId(ID).externalId(EXTERNAL)),
        shape(
            "ApplicationId + RoleArn + UserDataShared",
            b -> b.applicationId(ID).roleArn(ROLE).userDataShared(false)),
        shape("RoleArn alone", b -> b.roleArn(ROLE)),
        shape("ExternalId alone", b -> b.externalId(EXTERNAL)),
        shape("RoleArn + ExternalId", b -> b.roleArn(ROLE).externalId(EXTERNAL)),
        shape("ApplicationArn + RoleArn", b -> b.applicationArn(ARN).roleArn(ROLE)),
        shape("ApplicationArn + ExternalId", b -> b.applicationArn(ARN).externalId(EXTERNAL)),
        shape(
            "ApplicationArn + RoleArn + ExternalId",
            b -> b.applicationArn(ARN).roleArn(ROLE).externalId(EXTERNAL)),
        shape("ApplicationArn + ApplicationId", b -> b.applicationArn(ARN).applicationId(ID)),
        shape(
            "all four",
            b -> b.applicationArn(ARN).applicationId(ID).roleArn(ROLE).externalId(EXTERNAL)),
        shape(
            "all four + UserDataShared",
            b ->
                b.applicationArn(ARN)
                    .applicationId(ID)
                    .roleArn(ROLE)
                    .externalId(EXTERNAL)
                    .userDataShared(true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedShapes")
  void acceptsTheTwoValidShapes(String description, AnalyticsConfiguration configuration) {
    assertThat(rule.check(requestWith(configuration), POOL)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedShapes")
  void rejectsEveryOtherShape(String description, AnalyticsConfiguration configuration) {
    assertThat(rule.check(requestWith(configuration), POOL)).containsExactly(INVALID);
  }

  @Test
  void passesAnAbsentConfiguration() {
    assertThat(rule.check(Fixtures.request().build(), POOL)).isEmpty();
  }

  @Test
  void describesItselfAsAn03() {
    assertThat(rule.descriptors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("AN-03");
              assertThat(d.stage()).isEqualTo(Stage.SEMANTIC);
              assertThat(d.errorType()).isEqualTo(ErrorType.INVALID_PARAMETER);
            });
  }
}
