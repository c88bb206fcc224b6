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
 * Rejects {@code ALLOW_CLIENT_TOKEN_AUTH} next to another auth flow, or on a client without a
 * secret (catalogue EAF-11).
 *
 * <p>The machine-to-machine flow of {@code GetClientToken} "is mutually exclusive with user
 * authentication flows. It must be the only authentication flow that you configure for the app
 * client", and the client needs a client secret (DOC: service model 1.43.107, developer guide). AWS
 * messages are unknown, so the messages are ours (catalogue 12.2): {@code ALLOW_CLIENT_TOKEN_AUTH
 * must be the only explicit auth flow of an app client.} and {@code ALLOW_CLIENT_TOKEN_AUTH
 * requires an app client with a client secret.}, both {@code InvalidParameterException} (INFERRED)
 * at {@code explicitAuthFlows}.
 *
 * <p>Decisions (ours, catalogue 12.1, 12.2, 12.4): the two checks run in that order (alone, then
 * secret), and both are reported when both fail; duplicates collapse, so {@code
 * [ALLOW_CLIENT_TOKEN_AUTH, ALLOW_CLIENT_TOKEN_AUTH]} is alone; unknown strings do not count as
 * another flow; a custom {@code ClientSecret} counts as a secret (CS-04).
 */
public final class ClientTokenAuthRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "EAF-11",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "ALLOW_CLIENT_TOKEN_AUTH is the only explicit auth flow, on a client with a secret.");

  /** Creates the rule. */
  public ClientTokenAuthRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableSet<ExplicitAuthFlowsType> flows = candidate.explicitAuthFlows();
    if (!flows.contains(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (flows.size() > 1) {
      out.add(DESCRIPTOR.violation("explicitAuthFlows", Messages.CLIENT_TOKEN_AUTH_NOT_ALONE));
    }
    if (!candidate.hasSecret()) {
      out.add(DESCRIPTOR.violation("explicitAuthFlows", Messages.CLIENT_TOKEN_AUTH_WITHOUT_SECRET));
    }
    return out.build();
  }
}
