package io.github.poolclient.rules.secrets;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code EnablePropagateAdditionalUserContextData: true} on a client without a secret
 * (catalogue PR-02).
 *
 * <p>"You can only activate EnablePropagateAdditionalUserContextData in an app client that has a
 * client secret." (DOC: service model). The message {@code Client Secret is required to set
 * EnablePropagateAdditionalUserContextData as true} (no final period) is quoted by a
 * deploy-verified preflight rule set (REAL-2); the error type {@code InvalidParameterException} is
 * inferred (catalogue 12.2). One violation at {@code enablePropagateAdditionalUserContextData}.
 * Decision (catalogue 12.2, CS-04): a generated secret and a custom {@code ClientSecret} both count
 * as a secret.
 */
public final class PropagateContextDataNeedsSecretRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "PR-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "EnablePropagateAdditionalUserContextData is true only on a client with a secret.");

  /** Creates the rule. */
  public PropagateContextDataNeedsSecretRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.settings().enablePropagateAdditionalUserContextData().orElse(false)
        && !candidate.hasSecret()) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "enablePropagateAdditionalUserContextData",
              Messages.PROPAGATE_CONTEXT_DATA_WITHOUT_SECRET));
    }
    return ImmutableList.of();
  }
}
