package io.github.poolclient.defaults;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.validity.EffectiveValidity;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Builds the client record Cognito returns for a valid request (catalogue RESP-01..RESP-04, 12.2,
 * 12.4).
 *
 * <p>{@link #resolve} reads like the response table: members Cognito always returns get their
 * default when the request left them out (RESP-02), members it returns only when set are copied
 * (RESP-03), and lists come back as sets (RESP-04).
 */
public final class DefaultsResolver {
  private DefaultsResolver() {}

  /** AuthSessionValidity when absent, in minutes (AS-01). */
  static final int DEFAULT_AUTH_SESSION_VALIDITY_MINUTES = 3;

  /** RetryGracePeriodSeconds when absent (RTR-01, RTR-02). */
  static final int DEFAULT_RETRY_GRACE_PERIOD_SECONDS = 0;

  /**
   * Returns the record for a request that passed every rule, with the generated id, the secret (a
   * generated one, or the request's own) and the creation instant.
   *
   * <p>Precondition: the rule chain found no violation for {@code request} in {@code pool}. So
   * {@code UserPoolId} and {@code ClientName} are present, {@code UserPoolId} is the pool's id,
   * {@code GenerateSecret} and {@code ClientSecret} are not combined (CS-02), a rotation block has
   * a {@code Feature} (M-23) and an analytics configuration has one of the two valid shapes
   * (AN-03). Breaking the first four throws {@link IllegalArgumentException}; values are otherwise
   * not re-validated.
   *
   * @param generatedSecret the secret generated for {@code GenerateSecret: true}, else empty
   * @param now the instant stamped as {@code CreationDate} and {@code LastModifiedDate} (DT-01)
   */
  public static UserPoolClient resolve(
      CreateUserPoolClientRequest request,
      UserPoolContext pool,
      String clientId,
      Optional<String> generatedSecret,
      Instant now) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(clientId, "clientId");
    checkNotNull(generatedSecret, "generatedSecret");
    checkNotNull(now, "now");
    String userPoolId = required(request.userPoolId(), "UserPoolId");
    checkArgument(pool.id().equals(userPoolId), "UserPoolId does not name the pool (RNF-01)");
    checkArgument(
        generatedSecret.isPresent() == request.generateSecret().orElse(false),
        "a generated secret must be given exactly when GenerateSecret is true (CS-01)");
    checkArgument(
        generatedSecret.isEmpty() || request.clientSecret().isEmpty(),
        "GenerateSecret true and a ClientSecret cannot be combined (CS-02)");

    return settings(request, pool)
        .userPoolId(userPoolId)
        .clientName(required(request.clientName(), "ClientName"))
        .clientId(clientId)
        // CS-01: the generated secret; CS-03 (ours): else a custom secret is echoed.
        .clientSecret(generatedSecret.or(request::clientSecret))
        .lastModifiedDate(now)
        .creationDate(now)
        .refreshTokenRotation(refreshTokenRotation(request))
        .build();
  }

  /**
   * Returns the record an {@code UpdateUserPoolClient} request that passed every rule leaves: the
   * Create resolver applied to the request, which <em>replaces</em> the stored configuration
   * (catalogue UPD-01, 12.6 step 6), keeping from {@code stored} its {@code ClientId}, {@code
   * UserPoolId}, {@code CreationDate} and {@code ClientSecret}, and its {@code ClientName} and
   * {@code RefreshTokenRotation} when the request omits them (UPD-02); {@code LastModifiedDate} is
   * {@code now}.
   *
   * <p>Precondition: the rule chain found no violation for {@code request}, and {@code stored} is
   * the client it names in {@code pool}; breaking the pool or client identity throws {@link
   * IllegalArgumentException}.
   */
  public static UserPoolClient resolveUpdate(
      UpdateUserPoolClientRequest request,
      UserPoolContext pool,
      UserPoolClient stored,
      Instant now) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    checkNotNull(now, "now");
    checkArgument(
        request.userPoolId().equals(Optional.of(stored.userPoolId()))
            && request.clientId().equals(Optional.of(stored.clientId()))
            && pool.id().equals(stored.userPoolId()),
        "the request does not name the stored client of this pool (RNF-01, RNF-02)");
    return settings(request, pool)
        .userPoolId(stored.userPoolId())
        .clientName(request.clientName().orElse(stored.clientName()))
        .clientId(stored.clientId())
        .clientSecret(stored.clientSecret())
        .lastModifiedDate(now)
        .creationDate(stored.creationDate())
        .refreshTokenRotation(
            request.refreshTokenRotation().isPresent()
                ? refreshTokenRotation(request)
                : stored.refreshTokenRotation())
        .build();
  }

  /**
   * Returns a builder holding every member that Create and Update resolve alike from the settings
   * sent: defaults for the always-present members (RESP-02), the sent values of the others
   * (RESP-03), lists as sets (RESP-04).
   */
  private static UserPoolClient.Builder settings(
      UserPoolClientSettings request, UserPoolContext pool) {
    UserPoolClient.Builder client =
        UserPoolClient.builder()
            .refreshTokenValidity(refreshTokenValidity(request))
            .accessTokenValidity(request.accessTokenValidity())
            .idTokenValidity(request.idTokenValidity())
            .tokenValidityUnits(tokenValidityUnits(request))
            .defaultRedirectURI(request.defaultRedirectURI())
            .allowedOAuthFlowsUserPoolClient(
                request.allowedOAuthFlowsUserPoolClient().orElse(false))
            .analyticsConfiguration(request.analyticsConfiguration().map(a -> analytics(a, pool)))
            .preventUserExistenceErrorsAsString(request.preventUserExistenceErrorsAsString())
            // UPD-04 (INFERRED): an Update that omits it gets the Create default, true.
            .enableTokenRevocation(request.enableTokenRevocation().orElse(true))
            .enablePropagateAdditionalUserContextData(
                request.enablePropagateAdditionalUserContextData().orElse(false))
            .authSessionValidity(
                request.authSessionValidity().orElse(DEFAULT_AUTH_SESSION_VALIDITY_MINUTES));
    // An absent or empty list leaves the builder's own empty list: no copy (the usual case).
    setAsSet(client, request.readAttributes(), UserPoolClient.Builder::readAttributes);
    setAsSet(client, request.writeAttributes(), UserPoolClient.Builder::writeAttributes);
    setAsSet(
        client,
        request.explicitAuthFlowsAsStrings(),
        UserPoolClient.Builder::explicitAuthFlowsAsStrings);
    setAsSet(
        client,
        request.supportedIdentityProviders(),
        UserPoolClient.Builder::supportedIdentityProviders);
    setAsSet(client, request.callbackURLs(), UserPoolClient.Builder::callbackURLs);
    setAsSet(client, request.logoutURLs(), UserPoolClient.Builder::logoutURLs);
    setAsSet(
        client,
        request.allowedOAuthFlowsAsStrings(),
        UserPoolClient.Builder::allowedOAuthFlowsAsStrings);
    ImmutableList<String> scopes = request.allowedOAuthScopes().orElse(ImmutableList.of());
    if (!scopes.isEmpty()) {
      client.allowedOAuthScopes(sorted(scopes));
    }
    return client;
  }

  /** TV-05, TV-11: absent or 0 means the default of 30 days; other values are echoed (TV-10). */
  private static int refreshTokenValidity(UserPoolClientSettings request) {
    return EffectiveValidity.usesDefaultRefreshValidity(request)
        ? EffectiveValidity.DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS
        : request.refreshTokenValidity().orElseThrow();
  }

  /**
   * TV-11, TV-12: the members sent, exactly ({@code {}} when absent). TV-05, TV-09 (12.2, 12.4):
   * when the refresh validity fell back to 30 days, a sent RefreshToken unit is echoed as {@code
   * days}, because 30 is a number of days.
   */
  private static TokenValidityUnits tokenValidityUnits(UserPoolClientSettings request) {
    TokenValidityUnits sent =
        request.tokenValidityUnits().orElseGet(() -> TokenValidityUnits.builder().build());
    if (EffectiveValidity.usesDefaultRefreshValidity(request)
        && sent.refreshTokenAsString().isPresent()) {
      return sent.withRefreshTokenAsString(TimeUnitsType.DAYS.toString());
    }
    return sent;
  }

  /**
   * RESP-04, EAF-09, EAF-10: the list as a set, in exactly {@code new HashSet<>(list)} iteration
   * order (the capacity, and so the order, depends on the list size before duplicates collapse);
   * absent or empty gives nothing to set: the record keeps its empty list, omitted on the wire
   * (RESP-03).
   */
  private static void setAsSet(
      UserPoolClient.Builder client,
      Optional<ImmutableList<String>> list,
      BiConsumer<UserPoolClient.Builder, ImmutableList<String>> setter) {
    ImmutableList<String> sent = list.orElse(ImmutableList.of());
    if (sent.isEmpty()) {
      return;
    }
    // One entry: the set's order is the list's, so the HashSet would only cost.
    setter.accept(client, sent.size() == 1 ? sent : ImmutableList.copyOf(new HashSet<>(sent)));
  }

  /** OA-13: scopes come back de-duplicated and in lexicographic order. */
  private static ImmutableList<String> sorted(ImmutableList<String> scopes) {
    // One entry is already sorted and distinct.
    return scopes.size() == 1 ? scopes : ImmutableSortedSet.copyOf(scopes).asList();
  }

  /**
   * AN-01 (12.4): an {@code ApplicationArn} configuration gets the Cognito service-linked role of
   * the pool's account and no {@code ApplicationId}/{@code ExternalId}. AN-02: an {@code
   * ApplicationId} configuration is echoed. {@code UserDataShared} defaults to false in both.
   */
  private static AnalyticsConfiguration analytics(
      AnalyticsConfiguration sent, UserPoolContext pool) {
    AnalyticsConfiguration.Builder echoed =
        AnalyticsConfiguration.builder().userDataShared(sent.userDataShared().orElse(false));
    if (sent.applicationArn().isPresent()) {
      return echoed
          .applicationArn(sent.applicationArn())
          .roleArn(serviceLinkedRoleArn(pool.accountId()))
          .build();
    }
    return echoed
        .applicationId(sent.applicationId())
        .roleArn(sent.roleArn())
        .externalId(sent.externalId())
        .build();
  }

  /** Returns the ARN of the Cognito service-linked role in {@code accountId} (AN-01). */
  static String serviceLinkedRoleArn(String accountId) {
    return "arn:aws:iam::"
        + accountId
        + ":role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp";
  }

  /**
   * RTR-01: absent means {@code DISABLED} with no grace period. RTR-02 (12.2): a sent block is
   * echoed as sent, the grace period defaulting to 0.
   */
  private static RefreshTokenRotation refreshTokenRotation(UserPoolClientSettings request) {
    if (request.refreshTokenRotation().isEmpty()) {
      return RefreshTokenRotation.builder()
          .featureAsString(FeatureType.DISABLED.toString())
          .retryGracePeriodSeconds(DEFAULT_RETRY_GRACE_PERIOD_SECONDS)
          .build();
    }
    RefreshTokenRotation sent = request.refreshTokenRotation().get();
    return RefreshTokenRotation.builder()
        .featureAsString(required(sent.featureAsString(), "RefreshTokenRotation.Feature"))
        .retryGracePeriodSeconds(
            sent.retryGracePeriodSeconds().orElse(DEFAULT_RETRY_GRACE_PERIOD_SECONDS))
        .build();
  }

  /** Returns a member the model requires; its absence means the rules were bypassed. */
  private static <T> T required(Optional<T> member, String wireName) {
    checkArgument(
        member.isPresent(), "%s is required (the request did not pass the rules)", wireName);
    return member.get();
  }
}
