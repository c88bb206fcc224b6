package io.github.poolclient.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the catalogue independently of the rule chain, to sanity-check the generators before (and
 * besides) the real chain: which M-rows a request breaks, and which rule Cognito reports first.
 *
 * <p>It is deliberately plain and literal (sections 1.2 and 12 of the catalogue), test-only, and no
 * substitute for the chain's own tests.
 */
final class SpecOracle {
  private SpecOracle() {}

  /** The first rule a request breaks, and the exact message (empty for model rows). */
  record Outcome(String ruleId, Optional<String> message) {}

  private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
  private static final Pattern CLIENT_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final Pattern SECRET = Pattern.compile("[\\w+]+");
  private static final Pattern PROVIDER =
      Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+");
  private static final Pattern URL = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  private static final Pattern HEX = Pattern.compile("^[0-9a-fA-F]+$");
  private static final Pattern ARN =
      Pattern.compile(
          "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
  private static final ImmutableSet<String> UNITS =
      ImmutableSet.of("seconds", "minutes", "hours", "days");
  private static final ImmutableSet<String> OAUTH_FLOWS =
      ImmutableSet.of("code", "implicit", "client_credentials");
  private static final ImmutableSet<String> STANDARD_SCOPES =
      ImmutableSet.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");
  private static final ImmutableSet<String> LOOPBACK =
      ImmutableSet.of("localhost", "127.0.0.1", "[::1]");

  /** Returns the broken M-rows of {@code request}, each with the paths that break it. */
  static ImmutableSetMultimap<String, String> modelRows(CreateUserPoolClientRequest r) {
    ImmutableSetMultimap.Builder<String, String> out = ImmutableSetMultimap.builder();
    if (string(r.userPoolId(), 1, 55, POOL_ID)) {
      out.put("M-01", "userPoolId");
    }
    if (string(r.clientName(), 1, 128, CLIENT_NAME)) {
      out.put("M-02", "clientName");
    }
    if (r.clientSecret().isPresent() && string(r.clientSecret(), 24, 64, SECRET)) {
      out.put("M-04", "clientSecret");
    }
    range(out, "M-06", "refreshTokenValidity", r.refreshTokenValidity(), 0, 315_360_000);
    range(out, "M-07", "accessTokenValidity", r.accessTokenValidity(), 1, 86_400);
    range(out, "M-08", "idTokenValidity", r.idTokenValidity(), 1, 86_400);
    r.tokenValidityUnits()
        .ifPresent(
            units -> {
              enumValue(
                  out,
                  "M-09",
                  "tokenValidityUnits.accessToken",
                  units.accessTokenAsString(),
                  UNITS);
              enumValue(out, "M-09", "tokenValidityUnits.idToken", units.idTokenAsString(), UNITS);
              enumValue(
                  out,
                  "M-09",
                  "tokenValidityUnits.refreshToken",
                  units.refreshTokenAsString(),
                  UNITS);
            });
    elements(out, "M-10", "readAttributes", r.readAttributes(), 1, 2048, null, Integer.MAX_VALUE);
    elements(out, "M-10", "writeAttributes", r.writeAttributes(), 1, 2048, null, Integer.MAX_VALUE);
    ImmutableSet<String> flows =
        ExplicitAuthFlowsType.knownValues().stream()
            .map(Object::toString)
            .collect(ImmutableSet.toImmutableSet());
    if (r.explicitAuthFlowsAsStrings().orElse(ImmutableList.of()).stream()
        .anyMatch(f -> !flows.contains(f))) {
      out.put("M-11", "explicitAuthFlows");
    }
    elements(
        out,
        "M-12",
        "supportedIdentityProviders",
        r.supportedIdentityProviders(),
        1,
        32,
        PROVIDER,
        Integer.MAX_VALUE);
    elements(out, "M-13", "callbackURLs", r.callbackURLs(), 1, 1024, URL, 100);
    elements(out, "M-13", "logoutURLs", r.logoutURLs(), 1, 1024, URL, 100);
    if (r.defaultRedirectURI().isPresent() && string(r.defaultRedirectURI(), 1, 1024, URL)) {
      out.put("M-14", "defaultRedirectURI");
    }
    List<String> oauthFlows = r.allowedOAuthFlowsAsStrings().orElse(ImmutableList.of());
    if (oauthFlows.size() > 3 || oauthFlows.stream().anyMatch(f -> !OAUTH_FLOWS.contains(f))) {
      out.put("M-15", "allowedOAuthFlows");
    }
    elements(out, "M-16", "allowedOAuthScopes", r.allowedOAuthScopes(), 1, 256, SCOPE, 50);
    r.analyticsConfiguration()
        .ifPresent(
            a -> {
              if (a.applicationId().isPresent()
                  && !HEX.matcher(a.applicationId().get()).matches()) {
                out.put("M-18", "analyticsConfiguration.applicationId");
              }
              if (a.applicationArn().isPresent() && string(a.applicationArn(), 20, 2048, ARN)) {
                out.put("M-19", "analyticsConfiguration.applicationArn");
              }
              if (a.roleArn().isPresent() && string(a.roleArn(), 20, 2048, ARN)) {
                out.put("M-19", "analyticsConfiguration.roleArn");
              }
              if (a.externalId().map(String::length).orElse(0) > 131_072) {
                out.put("M-20", "analyticsConfiguration.externalId");
              }
            });
    enumValue(
        out,
        "M-21",
        "preventUserExistenceErrors",
        r.preventUserExistenceErrorsAsString(),
        ImmutableSet.of("LEGACY", "ENABLED"));
    range(out, "M-22", "authSessionValidity", r.authSessionValidity(), 3, 15);
    r.refreshTokenRotation()
        .ifPresent(
            rotation -> {
              if (rotation.featureAsString().isEmpty()) {
                out.put("M-23", "refreshTokenRotation.feature");
              }
              enumValue(
                  out,
                  "M-23",
                  "refreshTokenRotation.feature",
                  rotation.featureAsString(),
                  ImmutableSet.of("ENABLED", "DISABLED"));
              range(
                  out,
                  "M-24",
                  "refreshTokenRotation.retryGracePeriodSeconds",
                  rotation.retryGracePeriodSeconds(),
                  0,
                  60);
            });
    return out.build();
  }

  /** Returns the first rule that {@code create} reports, or empty when it succeeds. */
  static Optional<Outcome> first(
      CreateUserPoolClientRequest r, UserPoolContext pool, boolean poolExists) {
    if (!modelRows(r).isEmpty()) {
      return Optional.of(new Outcome(modelRows(r).keySet().iterator().next(), Optional.empty()));
    }
    String id = r.userPoolId().orElseThrow();
    if (!poolExists || !pool.id().equals(id)) {
      return outcome("RNF-01", Messages.userPoolDoesNotExist(id));
    }
    return semantic(r, pool);
  }

  private static Optional<Outcome> outcome(String ruleId, String message) {
    return Optional.of(new Outcome(ruleId, Optional.of(message)));
  }

  private static long seconds(Optional<String> unit, TimeUnitsType fallback) {
    return ValidRequests.seconds(unit.map(TimeUnitsType::fromValue).orElse(fallback));
  }

  private static Optional<Outcome> semantic(CreateUserPoolClientRequest r, UserPoolContext pool) {
    TokenValidityUnits units = r.tokenValidityUnits().orElse(TokenValidityUnits.builder().build());
    long accessUnit = seconds(units.accessTokenAsString(), TimeUnitsType.HOURS);
    long idUnit = seconds(units.idTokenAsString(), TimeUnitsType.HOURS);
    long refreshUnit = seconds(units.refreshTokenAsString(), TimeUnitsType.DAYS);
    Optional<Long> access = r.accessTokenValidity().map(v -> v * accessUnit);
    Optional<Long> idToken = r.idTokenValidity().map(v -> v * idUnit);
    Optional<Long> refresh = r.refreshTokenValidity().filter(v -> v != 0).map(v -> v * refreshUnit);
    if (access.filter(s -> s < 300 || s > 86_400).isPresent()
        || idToken.filter(s -> s < 300 || s > 86_400).isPresent()
        || refresh.filter(s -> s < 3600 || s > 3650 * 86_400L).isPresent()) {
      return outcome("TV-03", Messages.INVALID_TOKEN_VALIDITY_RANGE);
    }
    long refreshSeconds = refresh.orElse(30 * 86_400L);
    if (access.orElse(3600L) > refreshSeconds || idToken.orElse(3600L) > refreshSeconds) {
      return outcome("TV-07", Messages.ACCESS_ID_LONGER_THAN_REFRESH);
    }
    ImmutableSet<ExplicitAuthFlowsType> flows = ImmutableSet.copyOf(r.explicitAuthFlows());
    boolean legacy = flows.stream().anyMatch(Vocabulary.LEGACY_FLOWS::contains);
    boolean allow = flows.stream().anyMatch(f -> f.toString().startsWith("ALLOW_"));
    boolean secret = r.generateSecret().orElse(false) || r.clientSecret().isPresent();
    boolean rotation =
        r.refreshTokenRotation().flatMap(x -> x.featureAsString()).orElse("").equals("ENABLED");
    if (legacy && allow) {
      return outcome("EAF-03", Messages.ALLOW_MIXED_WITH_LEGACY);
    }
    if (flows.contains(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH)) {
      if (flows.size() > 1) {
        return outcome("EAF-11", Messages.CLIENT_TOKEN_AUTH_NOT_ALONE);
      }
      if (!secret) {
        return outcome("EAF-11", Messages.CLIENT_TOKEN_AUTH_WITHOUT_SECRET);
      }
    }
    if (allow
        && !flows.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
        && !rotation
        && !flows.equals(ImmutableSet.of(ExplicitAuthFlowsType.ALLOW_CLIENT_TOKEN_AUTH))) {
      return outcome("EAF-04", Messages.REFRESH_TOKEN_AUTH_REQUIRED);
    }
    if (rotation && flows.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)) {
      return outcome("RTR-03", Messages.REFRESH_TOKEN_AUTH_WITH_ROTATION);
    }
    if (r.generateSecret().orElse(false) && r.clientSecret().isPresent()) {
      return outcome("CS-02", Messages.GENERATE_SECRET_AND_CLIENT_SECRET);
    }
    List<String> oauth = r.allowedOAuthFlowsAsStrings().orElse(ImmutableList.of());
    List<String> scopes = r.allowedOAuthScopes().orElse(ImmutableList.of());
    boolean cc = oauth.contains("client_credentials");
    boolean codeOrImplicit = oauth.contains("code") || oauth.contains("implicit");
    boolean flag = r.allowedOAuthFlowsUserPoolClient().orElse(false);
    if (cc && !secret) {
      return outcome("OA-05", Messages.CLIENT_CREDENTIALS_WITHOUT_SECRET);
    }
    if (r.enablePropagateAdditionalUserContextData().orElse(false) && !secret) {
      return outcome("PR-02", Messages.PROPAGATE_CONTEXT_DATA_WITHOUT_SECRET);
    }
    if (flag && (oauth.isEmpty() || scopes.isEmpty())) {
      return outcome("OA-02", Messages.OAUTH_FLOWS_AND_SCOPES_REQUIRED);
    }
    if (cc && codeOrImplicit) {
      return outcome("OA-04", Messages.CLIENT_CREDENTIALS_NOT_ALONE);
    }
    if (cc) {
      Optional<String> standard = scopes.stream().filter(STANDARD_SCOPES::contains).findFirst();
      if (standard.isPresent()) {
        return outcome("OA-06", Messages.scopeNotSupportedWithClientCredentials(standard.get()));
      }
    }
    if (flag && codeOrImplicit && r.callbackURLs().orElse(ImmutableList.of()).isEmpty()) {
      return outcome("OA-07", Messages.CALLBACK_URLS_REQUIRED);
    }
    Optional<String> unknownScope =
        scopes.stream()
            .filter(s -> !STANDARD_SCOPES.contains(s) && !pool.hasCustomScope(s))
            .findFirst();
    if (unknownScope.isPresent()) {
      return outcome("OA-08", Messages.invalidScope(unknownScope.get()));
    }
    Optional<String> unknownProvider =
        r.supportedIdentityProviders().orElse(ImmutableList.of()).stream()
            .filter(p -> !pool.hasIdentityProvider(p))
            .findFirst();
    if (unknownProvider.isPresent()) {
      return outcome("OA-11", Messages.providerDoesNotExist(unknownProvider.get(), pool.id()));
    }
    for (String url :
        ImmutableList.<String>builder()
            .addAll(r.callbackURLs().orElse(ImmutableList.of()))
            .addAll(r.logoutURLs().orElse(ImmutableList.of()))
            .build()) {
      Optional<Outcome> bad = url(url);
      if (bad.isPresent()) {
        return bad;
      }
    }
    if (r.defaultRedirectURI().isPresent()
        && !r.callbackURLs().orElse(ImmutableList.of()).contains(r.defaultRedirectURI().get())) {
      return outcome(
          "URL-08", Messages.defaultRedirectNotInCallbacks(r.defaultRedirectURI().get()));
    }
    List<String> read = r.readAttributes().orElse(ImmutableList.of());
    List<String> write = r.writeAttributes().orElse(ImmutableList.of());
    if (read.stream().anyMatch(a -> !pool.hasAttribute(a))) {
      return outcome("ATTR-04", Messages.INVALID_READ_ATTRIBUTES);
    }
    if (write.stream()
        .anyMatch(
            a ->
                Vocabulary.NON_WRITABLE_STANDARD_ATTRIBUTES.contains(a)
                    || (a.startsWith(UserPoolContext.DEVELOPER_ONLY_PREFIX)
                        && pool.hasAttribute(a)))) {
      return outcome("ATTR-03", Messages.INVALID_WRITE_ATTRIBUTES);
    }
    if (write.stream().anyMatch(a -> !pool.hasAttribute(a))) {
      return outcome("ATTR-04", Messages.INVALID_WRITE_ATTRIBUTES);
    }
    if (!write.isEmpty() && !write.containsAll(pool.requiredAttributes())) {
      return outcome("ATTR-02", Messages.INVALID_WRITE_ATTRIBUTES);
    }
    if (r.analyticsConfiguration().filter(a -> !validAnalytics(a)).isPresent()) {
      return outcome("AN-03", Messages.INVALID_ANALYTICS_CONFIGURATION);
    }
    if (pool.userPoolTier() == UserPoolTierType.LITE) {
      if (flows.contains(ExplicitAuthFlowsType.ALLOW_USER_AUTH)) {
        return outcome(
            "EAF-07", Messages.featureUnavailableInLite(Messages.FEATURE_CHOICE_BASED_SIGN_IN));
      }
      if (rotation) {
        return outcome(
            "RTR-05", Messages.featureUnavailableInLite(Messages.FEATURE_REFRESH_TOKEN_ROTATION));
      }
    }
    if (pool.clientCount() >= pool.clientLimit()) {
      return outcome("LIM-01", Messages.clientLimitReached(pool.clientLimit(), pool.id()));
    }
    return Optional.empty();
  }

  /** Returns the URL rule that {@code url} breaks first (catalogue 12.4), if any. */
  static Optional<Outcome> url(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return outcome("URL-06", Messages.notAbsoluteUri(url));
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!uri.isAbsolute() || (web && uri.getHost() == null)) {
      return outcome("URL-06", Messages.notAbsoluteUri(url));
    }
    if (uri.getRawFragment() != null) {
      return outcome("URL-04", Messages.fragmentNotAllowed(url));
    }
    if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      return outcome("URL-02", Messages.httpNotAllowed(url));
    }
    return Optional.empty();
  }

  private static boolean validAnalytics(AnalyticsConfiguration a) {
    boolean arnOnly =
        a.applicationArn().isPresent()
            && a.applicationId().isEmpty()
            && a.roleArn().isEmpty()
            && a.externalId().isEmpty();
    boolean idTriple =
        a.applicationArn().isEmpty()
            && a.applicationId().isPresent()
            && a.roleArn().isPresent()
            && a.externalId().isPresent();
    return arnOnly || idTriple;
  }

  /** Returns whether a required string breaks its length or pattern. */
  private static boolean string(Optional<String> value, int min, int max, Pattern pattern) {
    return value
        .map(v -> v.length() < min || v.length() > max || !pattern.matcher(v).matches())
        .orElse(true);
  }

  private static void range(
      ImmutableSetMultimap.Builder<String, String> out,
      String row,
      String path,
      Optional<Integer> value,
      int min,
      int max) {
    if (value.filter(v -> v < min || v > max).isPresent()) {
      out.put(row, path);
    }
  }

  private static void enumValue(
      ImmutableSetMultimap.Builder<String, String> out,
      String row,
      String path,
      Optional<String> value,
      ImmutableSet<String> allowed) {
    if (value.filter(v -> !allowed.contains(v)).isPresent()) {
      out.put(row, path);
    }
  }

  private static void elements(
      ImmutableSetMultimap.Builder<String, String> out,
      String row,
      String path,
      Optional<ImmutableList<String>> list,
      int min,
      int max,
      @Nullable Pattern pattern,
      int maxSize) {
    List<String> values = list.orElse(ImmutableList.of());
    Function<String, Boolean> bad =
        v ->
            v.length() < min
                || v.length() > max
                || (pattern != null && !pattern.matcher(v).matches());
    if (values.size() > maxSize || values.stream().anyMatch(bad::apply)) {
      out.put(row, path);
    }
  }
}
