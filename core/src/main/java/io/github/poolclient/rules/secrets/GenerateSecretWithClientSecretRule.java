package io.github.poolclient.rules.secrets;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.SemanticRule;

/**
 * Rejects {@code GenerateSecret: true} together with a {@code ClientSecret} (catalogue CS-02).
 *
 * <p>"You cannot specify both GenerateSecret as true and provide a ClientSecret value." (DOC:
 * service model). No AWS message is known, so poolclient uses that sentence as the message (ours,
 * catalogue 12.2): {@code You cannot specify both GenerateSecret as true and provide a ClientSecret
 * value.}, {@code InvalidParameterException} (INFERRED), at {@code clientSecret}. The message never
 * contains the secret. {@code GenerateSecret: false} (or absent) with a {@code ClientSecret} is the
 * valid way to set a custom secret.
 */
public final class GenerateSecretWithClientSecretRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "CS-02",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "GenerateSecret is not true when a ClientSecret is given.");

  /** Creates the rule. */
  public GenerateSecretWithClientSecretRule() {
    super(DESCRIPTOR);
  }

  /** Returns whether the operation is Create: Update has no secret members (M-25, UPD-08). */
  @Override
  public boolean appliesTo(Operation operation) {
    return operation == Operation.CREATE;
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    if (candidate.generateSecretWithClientSecret()) {
      return ImmutableList.of(
          DESCRIPTOR.violation("clientSecret", Messages.GENERATE_SECRET_AND_CLIENT_SECRET));
    }
    return ImmutableList.of();
  }
}
