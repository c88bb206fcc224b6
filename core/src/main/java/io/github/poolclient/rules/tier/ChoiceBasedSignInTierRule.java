package io.github.poolclient.rules.tier;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code ALLOW_USER_AUTH} in {@code ExplicitAuthFlows} of a client of a {@code LITE} pool
 * (catalogue EAF-07); {@code ESSENTIALS} and {@code PLUS} pools accept it.
 *
 * <p>Evidence: the Developer Guide says choice-based sign-in needs the Essentials tier or higher
 * (DOC); the exception type follows TIER-01 and the message format TIER-02 (REAL-2 for other
 * features), so the mapping is inferred. Message: {@code The following features need to be disabled
 * for the LITE pricing tier configured: Choice-based sign-in}.
 *
 * <p>(ours, catalogue 12.2) The feature name {@code Choice-based sign-in} ({@link
 * Messages#FEATURE_CHOICE_BASED_SIGN_IN}). The rule looks at the de-duplicated set of known flows,
 * so unknown flow strings (a model error) are ignored. One violation, at field {@code
 * explicitAuthFlows}.
 */
public final class ChoiceBasedSignInTierRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "EAF-07",
          Stage.SEMANTIC,
          ErrorType.FEATURE_UNAVAILABLE_IN_TIER,
          "ALLOW_USER_AUTH (choice-based sign-in) needs a pool of the Essentials tier or higher.");

  /** Creates the rule. */
  public ChoiceBasedSignInTierRule() {
    super(DESCRIPTOR);
  }

  /** Returns a violation when a {@code LITE} pool's client allows {@code ALLOW_USER_AUTH}. */
  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.pool().userPoolTier() == UserPoolTierType.LITE
        && candidate.explicitAuthFlows().contains(ExplicitAuthFlowsType.ALLOW_USER_AUTH)) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "explicitAuthFlows",
              Messages.featureUnavailableInLite(Messages.FEATURE_CHOICE_BASED_SIGN_IN)));
    }
    return ImmutableList.of();
  }
}
