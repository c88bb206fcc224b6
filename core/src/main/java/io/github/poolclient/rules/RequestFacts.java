package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.OAuthFlowType;
import java.util.Optional;

/** Derives the facts about a request that several rules (and the defaults resolver) share. */
public final class RequestFacts {
  private RequestFacts() {}

  /**
   * Returns whether the client will have a secret: {@code GenerateSecret} is true or a {@code
   * ClientSecret} was given (catalogue CS-04).
   */
  public static boolean hasSecret(CreateUserPoolClientRequest request) {
    return request.generateSecret().orElse(false) || request.clientSecret().isPresent();
  }

  /**
   * Returns the de-duplicated known {@code ExplicitAuthFlows}, in first-seen order; unknown strings
   * (a model error) are left out (catalogue 12.4: auth-flow rules look at the set).
   */
  public static ImmutableSet<ExplicitAuthFlowsType> explicitAuthFlowSet(
      CreateUserPoolClientRequest request) {
    return request.explicitAuthFlows().stream()
        .filter(flow -> flow != ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns the de-duplicated known {@code AllowedOAuthFlows}, in first-seen order. */
  public static ImmutableSet<OAuthFlowType> oauthFlowSet(CreateUserPoolClientRequest request) {
    return request.allowedOAuthFlows().stream()
        .filter(flow -> flow != OAuthFlowType.UNKNOWN_TO_SDK_VERSION)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns whether {@code RefreshTokenRotation.Feature} is {@code ENABLED}. */
  public static boolean rotationEnabled(CreateUserPoolClientRequest request) {
    return request
        .refreshTokenRotation()
        .flatMap(rotation -> rotation.feature())
        .filter(FeatureType.ENABLED::equals)
        .isPresent();
  }

  /** Returns the list as sent, or an empty list when the member is absent. */
  public static ImmutableList<String> orEmpty(Optional<ImmutableList<String>> list) {
    return list.orElse(ImmutableList.of());
  }
}
