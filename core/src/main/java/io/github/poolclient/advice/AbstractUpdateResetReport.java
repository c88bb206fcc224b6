package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.defaults.DefaultsResolver;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.pool.UserPoolContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Says what an {@code UpdateUserPoolClient} request would reset on the stored client: each member
 * set on the stored client, omitted from the request and therefore back to its default or cleared
 * (catalogue UPD-01), with the old and new value; and the units pitfall (UPD-05), token validities
 * sent without their unit while the stored client used another one.
 *
 * <p>The new values come from the Update resolver itself (the one {@code update} uses), never from
 * a second copy of the defaults. Members the resolver keeps ({@code ClientName}, {@code
 * RefreshTokenRotation} when omitted) never appear. Lists are compared as sets (Cognito stores
 * sets, RESP-04), and an absent {@code PreventUserExistenceErrors} counts as {@code LEGACY} (A13:
 * "Defaults to LEGACY"), so a stored {@code LEGACY} is not reported.
 */
@Value.Immutable
public abstract class AbstractUpdateResetReport {
  AbstractUpdateResetReport() {}

  private static final String ABSENT = "(absent)";

  /** Returns the members the Update would reset, in the service model's member order. */
  public abstract ImmutableList<ResetMember> resets();

  /** Returns the token validities whose number Cognito would read in another unit (UPD-05). */
  public abstract ImmutableList<UnitsPitfall> unitsPitfalls();

  /** Returns whether the Update resets nothing and has no units pitfall. */
  public final boolean isEmpty() {
    return resets().isEmpty() && unitsPitfalls().isEmpty();
  }

  /**
   * Returns what {@code request} would reset on {@code stored} in {@code pool}, with the new values
   * from the Update resolver ({@code DefaultsResolver.resolveUpdate}, the one {@code update} uses).
   *
   * <p>Never throws for any request: the report compares configuration members only, so the
   * identity the resolver insists on ({@code UserPoolId}, {@code ClientId}, the pool's id) is taken
   * from {@code stored}; and a {@code RefreshTokenRotation} without {@code Feature} (M-23), which
   * the resolver cannot resolve, is replaced by the stored one, since a member the request sends is
   * never reported.
   */
  public static UpdateResetReport of(
      UpdateUserPoolClientRequest request, UserPoolContext pool, UserPoolClient stored) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    UpdateUserPoolClientRequest resolvable =
        request.withUserPoolId(stored.userPoolId()).withClientId(stored.clientId());
    if (request.refreshTokenRotation().filter(r -> r.featureAsString().isEmpty()).isPresent()) {
      resolvable = resolvable.withRefreshTokenRotation(stored.refreshTokenRotation());
    }
    // The instant only stamps LastModifiedDate, which is no member of the report.
    UserPoolClient resolved =
        DefaultsResolver.resolveUpdate(
            resolvable, pool.withId(stored.userPoolId()), stored, stored.lastModifiedDate());
    return between(request, stored, resolved);
  }

  /**
   * Returns the report for {@code request} against {@code stored}, given the client the Update
   * resolver makes of them ({@code resolved}).
   */
  static UpdateResetReport between(
      UpdateUserPoolClientRequest request, UserPoolClient stored, UserPoolClient resolved) {
    checkNotNull(request, "request");
    checkNotNull(stored, "stored");
    checkNotNull(resolved, "resolved");
    UpdateResetReport.Builder report = UpdateResetReport.builder();
    for (Member member : MEMBERS) {
      if (member.sent().test(request)) {
        continue;
      }
      Object before = member.compared().apply(stored);
      Object after = member.compared().apply(resolved);
      if (!before.equals(after)) {
        report.addResets(
            ResetMember.of(
                member.wireName(),
                member.field(),
                member.shown().apply(stored),
                member.shown().apply(resolved)));
      }
    }
    for (Token token : TOKENS) {
      token.pitfall(request, stored).ifPresent(report::addUnitsPitfalls);
    }
    return report.build();
  }

  /** Names each member an Update may reset, how to tell it was sent, compare it and show it. */
  private record Member(
      String wireName,
      String field,
      Predicate<UserPoolClientSettings> sent,
      Function<UserPoolClient, Object> compared,
      Function<UserPoolClient, String> shown) {}

  /** The members an Update may reset, in the service model's member order. */
  private static final ImmutableList<Member> MEMBERS =
      ImmutableList.of(
          new Member(
              "ClientName",
              "clientName",
              s -> s.clientName().isPresent(),
              UserPoolClient::clientName,
              UserPoolClient::clientName),
          new Member(
              "RefreshTokenValidity",
              "refreshTokenValidity",
              s -> s.refreshTokenValidity().isPresent(),
              UserPoolClient::refreshTokenValidity,
              c -> Integer.toString(c.refreshTokenValidity())),
          new Member(
              "AccessTokenValidity",
              "accessTokenValidity",
              s -> s.accessTokenValidity().isPresent(),
              UserPoolClient::accessTokenValidity,
              c -> optional(c.accessTokenValidity())),
          new Member(
              "IdTokenValidity",
              "idTokenValidity",
              s -> s.idTokenValidity().isPresent(),
              UserPoolClient::idTokenValidity,
              c -> optional(c.idTokenValidity())),
          new Member(
              "TokenValidityUnits",
              "tokenValidityUnits",
              s -> s.tokenValidityUnits().isPresent(),
              UserPoolClient::tokenValidityUnits,
              c -> units(c.tokenValidityUnits())),
          new Member(
              "ReadAttributes",
              "readAttributes",
              s -> s.readAttributes().isPresent(),
              c -> ImmutableSet.copyOf(c.readAttributes()),
              c -> list(c.readAttributes())),
          new Member(
              "WriteAttributes",
              "writeAttributes",
              s -> s.writeAttributes().isPresent(),
              c -> ImmutableSet.copyOf(c.writeAttributes()),
              c -> list(c.writeAttributes())),
          new Member(
              "ExplicitAuthFlows",
              "explicitAuthFlows",
              s -> s.explicitAuthFlowsAsStrings().isPresent(),
              c -> ImmutableSet.copyOf(c.explicitAuthFlowsAsStrings()),
              c -> list(c.explicitAuthFlowsAsStrings())),
          new Member(
              "SupportedIdentityProviders",
              "supportedIdentityProviders",
              s -> s.supportedIdentityProviders().isPresent(),
              c -> ImmutableSet.copyOf(c.supportedIdentityProviders()),
              c -> list(c.supportedIdentityProviders())),
          new Member(
              "CallbackURLs",
              "callbackURLs",
              s -> s.callbackURLs().isPresent(),
              c -> ImmutableSet.copyOf(c.callbackURLs()),
              c -> list(c.callbackURLs())),
          new Member(
              "LogoutURLs",
              "logoutURLs",
              s -> s.logoutURLs().isPresent(),
              c -> ImmutableSet.copyOf(c.logoutURLs()),
              c -> list(c.logoutURLs())),
          new Member(
              "DefaultRedirectURI",
              "defaultRedirectURI",
              s -> s.defaultRedirectURI().isPresent(),
              UserPoolClient::defaultRedirectURI,
              c -> optional(c.defaultRedirectURI())),
          new Member(
              "AllowedOAuthFlows",
              "allowedOAuthFlows",
              s -> s.allowedOAuthFlowsAsStrings().isPresent(),
              c -> ImmutableSet.copyOf(c.allowedOAuthFlowsAsStrings()),
              c -> list(c.allowedOAuthFlowsAsStrings())),
          new Member(
              "AllowedOAuthScopes",
              "allowedOAuthScopes",
              s -> s.allowedOAuthScopes().isPresent(),
              c -> ImmutableSet.copyOf(c.allowedOAuthScopes()),
              c -> list(c.allowedOAuthScopes())),
          new Member(
              "AllowedOAuthFlowsUserPoolClient",
              "allowedOAuthFlowsUserPoolClient",
              s -> s.allowedOAuthFlowsUserPoolClient().isPresent(),
              UserPoolClient::allowedOAuthFlowsUserPoolClient,
              c -> Boolean.toString(c.allowedOAuthFlowsUserPoolClient())),
          new Member(
              "AnalyticsConfiguration",
              "analyticsConfiguration",
              s -> s.analyticsConfiguration().isPresent(),
              UserPoolClient::analyticsConfiguration,
              c ->
                  c.analyticsConfiguration()
                      .map(AbstractUpdateResetReport::analytics)
                      .orElse(ABSENT)),
          new Member(
              "PreventUserExistenceErrors",
              "preventUserExistenceErrors",
              s -> s.preventUserExistenceErrorsAsString().isPresent(),
              c ->
                  c.preventUserExistenceErrorsAsString()
                      .orElse(PreventUserExistenceErrorTypes.LEGACY.toString()),
              c -> optional(c.preventUserExistenceErrorsAsString())),
          new Member(
              "EnableTokenRevocation",
              "enableTokenRevocation",
              s -> s.enableTokenRevocation().isPresent(),
              UserPoolClient::enableTokenRevocation,
              c -> Boolean.toString(c.enableTokenRevocation())),
          new Member(
              "EnablePropagateAdditionalUserContextData",
              "enablePropagateAdditionalUserContextData",
              s -> s.enablePropagateAdditionalUserContextData().isPresent(),
              UserPoolClient::enablePropagateAdditionalUserContextData,
              c -> Boolean.toString(c.enablePropagateAdditionalUserContextData())),
          new Member(
              "AuthSessionValidity",
              "authSessionValidity",
              s -> s.authSessionValidity().isPresent(),
              UserPoolClient::authSessionValidity,
              c -> Integer.toString(c.authSessionValidity())),
          new Member(
              "RefreshTokenRotation",
              "refreshTokenRotation",
              s -> s.refreshTokenRotation().isPresent(),
              UserPoolClient::refreshTokenRotation,
              c -> rotation(c.refreshTokenRotation())));

  /** Names each token validity, its default unit (TV-01) and where its unit is kept. */
  private record Token(
      String wireName,
      String field,
      TimeUnitsType defaultUnit,
      Function<UserPoolClientSettings, Optional<Integer>> value,
      Function<TokenValidityUnits, Optional<String>> unit) {

    /**
     * Returns the pitfall of this token: a number sent with no unit for it (so Cognito applies the
     * default unit) while the stored client's unit for it is another one. A refresh validity of 0
     * means the 30-day default (TV-05) whatever the unit, so it has no pitfall.
     */
    Optional<UnitsPitfall> pitfall(UpdateUserPoolClientRequest request, UserPoolClient stored) {
      Optional<Integer> number = value.apply(request);
      if (number.isEmpty() || (defaultUnit == TimeUnitsType.DAYS && number.get() == 0)) {
        return Optional.empty();
      }
      if (request.tokenValidityUnits().flatMap(unit).isPresent()) {
        return Optional.empty();
      }
      String applied = defaultUnit.toString();
      String storedUnit = unit.apply(stored.tokenValidityUnits()).orElse(applied);
      if (storedUnit.equals(applied)) {
        return Optional.empty();
      }
      return Optional.of(UnitsPitfall.of(wireName, field, number.get(), storedUnit, applied));
    }
  }

  /** The token validities, in the service model's member order. */
  private static final ImmutableList<Token> TOKENS =
      ImmutableList.of(
          new Token(
              "RefreshTokenValidity",
              "refreshTokenValidity",
              TimeUnitsType.DAYS,
              UserPoolClientSettings::refreshTokenValidity,
              TokenValidityUnits::refreshTokenAsString),
          new Token(
              "AccessTokenValidity",
              "accessTokenValidity",
              TimeUnitsType.HOURS,
              UserPoolClientSettings::accessTokenValidity,
              TokenValidityUnits::accessTokenAsString),
          new Token(
              "IdTokenValidity",
              "idTokenValidity",
              TimeUnitsType.HOURS,
              UserPoolClientSettings::idTokenValidity,
              TokenValidityUnits::idTokenAsString));

  private static String optional(Optional<?> value) {
    return value.map(Object::toString).orElse(ABSENT);
  }

  private static String list(List<String> values) {
    return values.toString();
  }

  private static String units(TokenValidityUnits units) {
    List<String> parts = new ArrayList<>();
    units.accessTokenAsString().ifPresent(u -> parts.add("AccessToken: " + u));
    units.idTokenAsString().ifPresent(u -> parts.add("IdToken: " + u));
    units.refreshTokenAsString().ifPresent(u -> parts.add("RefreshToken: " + u));
    return "{" + String.join(", ", parts) + "}";
  }

  /** Shows the configuration without its {@code ExternalId}, which guards the role's trust. */
  private static String analytics(AnalyticsConfiguration analytics) {
    List<String> parts = new ArrayList<>();
    analytics.applicationId().ifPresent(v -> parts.add("ApplicationId: " + v));
    analytics.applicationArn().ifPresent(v -> parts.add("ApplicationArn: " + v));
    analytics.roleArn().ifPresent(v -> parts.add("RoleArn: " + v));
    analytics.userDataShared().ifPresent(v -> parts.add("UserDataShared: " + v));
    return "{" + String.join(", ", parts) + "}";
  }

  private static String rotation(RefreshTokenRotation rotation) {
    List<String> parts = new ArrayList<>();
    rotation.featureAsString().ifPresent(v -> parts.add("Feature: " + v));
    rotation.retryGracePeriodSeconds().ifPresent(v -> parts.add("RetryGracePeriodSeconds: " + v));
    return "{" + String.join(", ", parts) + "}";
  }
}
