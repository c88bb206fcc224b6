package io.github.poolclient.rules.tokens;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.SemanticRule;
import io.github.poolclient.validity.EffectiveValidity;
import io.github.poolclient.validity.EffectiveValidity.Token;
import java.util.OptionalLong;

/**
 * Rejects access and ID tokens that outlive the refresh token (catalogue TV-07).
 *
 * <p>The access and ID validities, in seconds after units, must each be less than or equal to the
 * refresh validity; only a refresh token shorter than a day can break this, e.g. refresh 60 minutes
 * with access 2 hours. The message {@code Access and Id Token expiration times must be less than or
 * equal to refresh token expiration times.} is quoted by a deploy-verified preflight rule set, and
 * the AWS CDK enforces the same inequality (REAL-2); the error type {@code
 * InvalidParameterException} is inferred (catalogue 12.2).
 *
 * <p>Decisions (ours, catalogue 12.2 and 12.4): the rule runs only on validities that passed TV-03
 * and is skipped when the refresh validity fails TV-03 or cannot be judged (outside its model
 * bounds, unknown unit). An absent access or ID validity takes part with its 1-hour default, which
 * never fails since refresh tokens last at least 1 hour; the refresh validity is the effective one
 * after TV-05 turned an absent or 0 value into 30 days. One violation per offending token, access
 * then ID, at {@code accessTokenValidity} or {@code idTokenValidity}.
 */
public final class AccessIdNotLongerThanRefreshRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "TV-07",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "The access and ID token validities do not exceed the refresh token validity.");

  private static final ImmutableList<Token> SHORT_LIVED_TOKENS =
      ImmutableList.of(Token.ACCESS, Token.ID);

  /** Creates the rule. */
  public AccessIdNotLongerThanRefreshRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    OptionalLong refresh = EffectiveValidity.effectiveSeconds(Token.REFRESH, candidate.settings());
    if (refresh.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    for (Token token : SHORT_LIVED_TOKENS) {
      OptionalLong seconds = EffectiveValidity.effectiveSeconds(token, candidate.settings());
      if (seconds.isPresent() && seconds.getAsLong() > refresh.getAsLong()) {
        out.add(DESCRIPTOR.violation(token.field(), Messages.ACCESS_ID_LONGER_THAN_REFRESH));
      }
    }
    return out.build();
  }
}
