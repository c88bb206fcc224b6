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

/**
 * Rejects token validities that are out of range once their unit is applied (catalogue TV-03).
 *
 * <p>Access and ID tokens must last 5 minutes to 1 day (300..86400 seconds), refresh tokens 60
 * minutes to 10 years (3600..315360000 seconds) (TV-02, DOC). A value without a unit is read in the
 * default unit: hours for access and ID tokens, days for refresh tokens (TV-01, DOC + REAL-2), so
 * {@code AccessTokenValidity: 25} alone is 25 hours and fails. Cognito answers {@code
 * InvalidParameterException} with the message {@code Invalid range for token validity.}, which does
 * not name the token (REAL: aws-cloudformation-user-guide PR #828, terraform-provider-aws #30433
 * and #32504).
 *
 * <p>One violation per offending token, in the order access, ID, refresh (catalogue 12.1 step 4),
 * each at the token's validity field ({@code accessTokenValidity}, {@code idTokenValidity}, {@code
 * refreshTokenValidity}). A refresh validity of 0 or none means the 30-day default (TV-05,
 * catalogue 12.4) and is never out of range. Values outside their model bounds (M-06, M-07, M-08)
 * and values with an unknown unit (M-09) are model errors and are left to the model rules.
 */
public final class TokenValidityRangeRule extends SemanticRule {

  static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "TV-03",
          Stage.SEMANTIC,
          ErrorType.INVALID_PARAMETER,
          "Each token validity lies in its range once its unit is applied.");

  // Declared access, ID, refresh: the order of catalogue 12.1 step 4 (values() once, not per call).
  private static final ImmutableList<Token> TOKENS = ImmutableList.copyOf(Token.values());

  /** Creates the rule. */
  public TokenValidityRangeRule() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Violation> check(Candidate candidate) {
    ImmutableList.Builder<Violation> out = null; // none when every validity is in range
    for (Token token : TOKENS) {
      if (EffectiveValidity.outOfRange(token, candidate.settings())) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(DESCRIPTOR.violation(token.field(), Messages.INVALID_TOKEN_VALIDITY_RANGE));
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }
}
