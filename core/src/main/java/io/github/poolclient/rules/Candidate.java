package io.github.poolclient.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds what a business rule judges: the settings of one Create or Update call, the pool, and the
 * facts that depend on the operation (whether the client has a secret, the effective refresh token
 * rotation). Rules read only this, so one rule class serves both operations.
 */
public final class Candidate {
  private final Operation operation;
  private final UserPoolClientSettings settings;
  private final UserPoolContext pool;
  private final boolean hasSecret;
  private final boolean generateSecretWithClientSecret;
  private final Optional<RefreshTokenRotation> rotation;
  // Derived once: several rules of one check read them.
  private final ImmutableSet<ExplicitAuthFlowsType> explicitAuthFlows;
  private final ImmutableSet<OAuthFlowType> oauthFlows;

  private Candidate(
      Operation operation,
      UserPoolClientSettings settings,
      UserPoolContext pool,
      boolean hasSecret,
      boolean generateSecretWithClientSecret,
      Optional<RefreshTokenRotation> rotation) {
    this.operation = operation;
    this.settings = settings;
    this.pool = pool;
    this.hasSecret = hasSecret;
    this.generateSecretWithClientSecret = generateSecretWithClientSecret;
    this.rotation = rotation;
    this.explicitAuthFlows =
        known(
            settings.explicitAuthFlowsAsStrings(),
            ExplicitAuthFlowsType::fromValue,
            ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION);
    this.oauthFlows =
        known(
            settings.allowedOAuthFlowsAsStrings(),
            OAuthFlowType::fromValue,
            OAuthFlowType.UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns the known values of an enum list as sent, de-duplicated in first-seen order. */
  private static <E> ImmutableSet<E> known(
      Optional<ImmutableList<String>> sent, Function<String, E> fromValue, E unknown) {
    if (sent.isEmpty() || sent.get().isEmpty()) {
      return ImmutableSet.of();
    }
    ImmutableList<String> texts = sent.get();
    ImmutableSet.Builder<E> out = ImmutableSet.builder();
    for (int i = 0; i < texts.size(); i++) {
      E value = fromValue.apply(texts.get(i));
      if (value != unknown) {
        out.add(value);
      }
    }
    return out.build();
  }

  /**
   * Returns the candidate of a Create request: the client has a secret when {@code GenerateSecret}
   * is true or a {@code ClientSecret} is given (catalogue CS-04, CS-03).
   */
  public static Candidate create(CreateUserPoolClientRequest request, UserPoolContext pool) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    boolean generate = request.generateSecret().orElse(false);
    boolean custom = request.clientSecret().isPresent();
    return new Candidate(
        Operation.CREATE,
        request,
        pool,
        generate || custom,
        generate && custom,
        request.refreshTokenRotation());
  }

  /**
   * Returns the candidate of an Update request: the client has a secret when the stored client has
   * one, and an omitted {@code RefreshTokenRotation} means the stored client's (catalogue 12.6 step
   * 5, 12.8).
   */
  public static Candidate update(
      UpdateUserPoolClientRequest request, UserPoolContext pool, UserPoolClient stored) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    return new Candidate(
        Operation.UPDATE,
        request,
        pool,
        stored.clientSecret().isPresent(),
        false,
        Optional.of(request.refreshTokenRotation().orElse(stored.refreshTokenRotation())));
  }

  /** Returns the operation. */
  public Operation operation() {
    return operation;
  }

  /** Returns the settings as sent. */
  public UserPoolClientSettings settings() {
    return settings;
  }

  /** Returns the pool the client belongs to. */
  public UserPoolContext pool() {
    return pool;
  }

  /** Returns whether the client has (or will have) a client secret. */
  public boolean hasSecret() {
    return hasSecret;
  }

  /** Returns whether a Create request both asks for a generated secret and gives one (CS-02). */
  public boolean generateSecretWithClientSecret() {
    return generateSecretWithClientSecret;
  }

  /**
   * Returns whether the effective {@code RefreshTokenRotation.Feature} is {@code ENABLED}: the
   * request's, or on Update when omitted the stored client's (12.8).
   */
  public boolean rotationEnabled() {
    return rotation.isPresent()
        && rotation.get().feature().orElse(FeatureType.DISABLED) == FeatureType.ENABLED;
  }

  /**
   * Returns the de-duplicated known {@code ExplicitAuthFlows}, in first-seen order; unknown strings
   * (a model error) are left out (catalogue 12.4: auth-flow rules look at the set).
   */
  public ImmutableSet<ExplicitAuthFlowsType> explicitAuthFlows() {
    return explicitAuthFlows;
  }

  /** Returns the de-duplicated known {@code AllowedOAuthFlows}, in first-seen order. */
  public ImmutableSet<OAuthFlowType> oauthFlows() {
    return oauthFlows;
  }

  /** Returns the list as sent, or an empty list when the member is absent. */
  public static ImmutableList<String> orEmpty(Optional<ImmutableList<String>> list) {
    return list.orElse(ImmutableList.of());
  }
}
