package io.github.poolclient.rules.analytics;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects an {@code AnalyticsConfiguration} that is neither {@code ApplicationArn} alone nor {@code
 * ApplicationId} with {@code RoleArn} and {@code ExternalId} (catalogue AN-03); {@code
 * UserDataShared} may accompany either shape.
 *
 * <p>Evidence: the message and the two measured failing shapes ({@code ApplicationId} without
 * {@code RoleArn}; {@code ApplicationArn} with {@code RoleArn} and/or {@code ExternalId}) come from
 * a public set of preflight rules (REAL-2); the two accepted shapes are REAL (AN-01, AN-02). The
 * exception type is inferred. Message, whose angle brackets are literal text: {@code Invalid
 * analytics configuration given, either <application arn> or <application id, role arn, external
 * id> are valid} ({@link Messages#INVALID_ANALYTICS_CONFIGURATION}).
 *
 * <p>(ours, catalogue 12.4) Every other combination fails too: {@code ApplicationId} + {@code
 * RoleArn} without {@code ExternalId}, {@code RoleArn} or {@code ExternalId} without an
 * application, both application members together, {@code {}} and {@code UserDataShared} alone. A
 * member counts as given when it is present, even as an empty string (a model error reported
 * separately). An absent configuration passes. One violation, at field {@code
 * analyticsConfiguration}.
 */
public final class AnalyticsConfigurationShapeRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "AN-03",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "AnalyticsConfiguration is ApplicationArn alone or ApplicationId + RoleArn + ExternalId"
              + " (each with optional UserDataShared).");

  /** Creates the rule. */
  public AnalyticsConfigurationShapeRule() {
    super(DESCRIPTOR);
  }

  /** Returns a violation when the analytics configuration has neither accepted shape. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    return candidate
        .settings()
        .analyticsConfiguration()
        .filter(configuration -> !hasAcceptedShape(configuration))
        .map(
            configuration ->
                ImmutableList.of(
                    DESCRIPTOR.violation(
                        "analyticsConfiguration", Messages.INVALID_ANALYTICS_CONFIGURATION)))
        .orElse(ImmutableList.of());
  }

  private static boolean hasAcceptedShape(AnalyticsConfiguration configuration) {
    boolean arn = configuration.applicationArn().isPresent();
    boolean id = configuration.applicationId().isPresent();
    boolean role = configuration.roleArn().isPresent();
    boolean external = configuration.externalId().isPresent();
    boolean arnAlone = arn && !id && !role && !external;
    boolean idTriple = !arn && id && role && external;
    return arnAlone || idTriple;
  }
}
