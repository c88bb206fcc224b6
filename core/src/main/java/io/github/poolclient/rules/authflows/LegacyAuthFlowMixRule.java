package io.github.poolclient.rules.authflows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code ExplicitAuthFlows} that mix legacy names with {@code ALLOW_} names (catalogue
 * EAF-03).
 *
 * <p>The legacy names {@code ADMIN_NO_SRP_AUTH}, {@code CUSTOM_AUTH_FLOW_ONLY} and {@code
 * USER_PASSWORD_AUTH} cannot be assigned together with names that begin with {@code ALLOW_} (DOC:
 * the service model). The message {@code Auth flow name with prefix 'ALLOW' cannot be used with
 * legacy auth flow names.} is quoted by a deploy-verified preflight rule set (REAL-2); the error
 * type {@code InvalidParameterException} is inferred (catalogue 12.2). One violation at {@code
 * explicitAuthFlows}. Legacy-only and {@code ALLOW_}-only lists pass (EAF-05).
 */
public final class LegacyAuthFlowMixRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "EAF-03",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "ExplicitAuthFlows does not mix legacy names with ALLOW_ names.");

  /** Creates the rule. */
  public LegacyAuthFlowMixRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<ExplicitAuthFlowsType> flows = candidate.explicitAuthFlows();
    if (AuthFlowKinds.hasLegacyFlow(flows) && AuthFlowKinds.hasAllowFlow(flows)) {
      return ImmutableList.of(
          DESCRIPTOR.violation("explicitAuthFlows", Messages.ALLOW_MIXED_WITH_LEGACY));
    }
    return ImmutableList.of();
  }
}
