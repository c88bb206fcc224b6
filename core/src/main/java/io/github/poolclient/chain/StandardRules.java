package io.github.poolclient.chain;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.rules.SemanticRule;
import io.github.poolclient.rules.analytics.AnalyticsConfigurationShapeRule;
import io.github.poolclient.rules.attributes.ReadAttributesKnownRule;
import io.github.poolclient.rules.attributes.WriteAttributesKnownRule;
import io.github.poolclient.rules.attributes.WriteAttributesRequiredRule;
import io.github.poolclient.rules.attributes.WriteAttributesWritableRule;
import io.github.poolclient.rules.authflows.ClientTokenAuthRule;
import io.github.poolclient.rules.authflows.LegacyAuthFlowMixRule;
import io.github.poolclient.rules.authflows.RefreshTokenAuthRequiredRule;
import io.github.poolclient.rules.authflows.RotationForbidsRefreshTokenAuthRule;
import io.github.poolclient.rules.oauth.CallbackUrlsRequiredRule;
import io.github.poolclient.rules.oauth.ClientCredentialsAloneRule;
import io.github.poolclient.rules.oauth.ClientCredentialsScopesRule;
import io.github.poolclient.rules.oauth.ClientCredentialsSecretRule;
import io.github.poolclient.rules.oauth.IdentityProvidersExistRule;
import io.github.poolclient.rules.oauth.OAuthFlowsAndScopesRequiredRule;
import io.github.poolclient.rules.oauth.OAuthScopesExistRule;
import io.github.poolclient.rules.pool.ClientLimitRule;
import io.github.poolclient.rules.secrets.GenerateSecretWithClientSecretRule;
import io.github.poolclient.rules.secrets.PropagateContextDataNeedsSecretRule;
import io.github.poolclient.rules.tier.ChoiceBasedSignInTierRule;
import io.github.poolclient.rules.tier.RefreshTokenRotationTierRule;
import io.github.poolclient.rules.tokens.AccessIdNotLongerThanRefreshRule;
import io.github.poolclient.rules.tokens.TokenValidityRangeRule;
import io.github.poolclient.rules.urls.DefaultRedirectUriRule;
import io.github.poolclient.rules.urls.RedirectUrlRule;

/** Lists the rules of the standard chain in catalogue 12.1 order. */
final class StandardRules {
  private StandardRules() {}

  /** Returns the business rules, in catalogue 12.1 step 4 order. */
  static ImmutableList<SemanticRule> semanticRules() {
    return ImmutableList.of(
        new TokenValidityRangeRule(), // TV-03 (access, then id, then refresh)
        new AccessIdNotLongerThanRefreshRule(), // TV-07
        new LegacyAuthFlowMixRule(), // EAF-03
        new ClientTokenAuthRule(), // EAF-11 (alone, then secret)
        new RefreshTokenAuthRequiredRule(), // EAF-04
        new RotationForbidsRefreshTokenAuthRule(), // RTR-03
        new GenerateSecretWithClientSecretRule(), // CS-02
        new ClientCredentialsSecretRule(), // OA-05
        new PropagateContextDataNeedsSecretRule(), // PR-02
        new OAuthFlowsAndScopesRequiredRule(), // OA-02
        new ClientCredentialsAloneRule(), // OA-04
        new ClientCredentialsScopesRule(), // OA-06
        new CallbackUrlsRequiredRule(), // OA-07
        new OAuthScopesExistRule(), // OA-08
        new IdentityProvidersExistRule(), // OA-11
        new RedirectUrlRule(), // URL-06 / URL-04 / URL-02, per entry, callbacks then logouts
        new DefaultRedirectUriRule(), // URL-08
        new ReadAttributesKnownRule(), // ATTR-04 (read)
        new WriteAttributesWritableRule(), // ATTR-03
        new WriteAttributesKnownRule(), // ATTR-04 (write)
        new WriteAttributesRequiredRule(), // ATTR-02
        new AnalyticsConfigurationShapeRule(), // AN-03
        new ChoiceBasedSignInTierRule(), // EAF-07 (tier)
        new RefreshTokenRotationTierRule(), // RTR-05 (tier)
        new ClientLimitRule()); // LIM-01
  }
}
