package io.github.poolclient.rules.secrets;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.RequestFacts;
import io.github.poolclient.rules.RuleDescriptor;
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
public final class PropagateContextDataNeedsSecretRule implements SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "PR-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "EnablePropagateAdditionalUserContextData is true only on a client with a secret.");

  /** Creates the rule. */
  public PropagateContextDataNeedsSecretRule() {}

  @Override
  public ImmutableList<RuleDescriptor> descriptors() {
    return ImmutableList.of(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(CreateUserPoolClientRequest request, UserPoolContext pool) {
    if (request.enablePropagateAdditionalUserContextData().orElse(false)
        && !RequestFacts.hasSecret(request)) {
      return ImmutableList.of(
          DESCRIPTOR.violation(
              "enablePropagateAdditionalUserContextData",
              Messages.PROPAGATE_CONTEXT_DATA_WITHOUT_SECRET));
    }
    return ImmutableList.of();
  }
}
