package io.github.poolclient.bench;

import io.github.poolclient.model.CreateUserPoolClientRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The floor of issue 9: the essential work of one {@code CreateUserPoolClient}, done by hand with
 * no framework: decode the wire map with type checks, the same pattern and range checks as the
 * model constraints, {@link URI} on each URL, scope and IdP lookups in hash sets, ids from the same
 * random source, and a map answer. It skips nothing a correct emulator must do for these requests,
 * but it reports only the first problem it meets, as a plain exception, and omits the rules whose
 * cost is a few boolean tests (auth-flow mixes, tiers, limits).
 */
final class Floor {
  private Floor() {}

  private static final Pattern USER_POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
  private static final Pattern CLIENT_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final Pattern SECRET = Pattern.compile("[\\w+]+");
  private static final Pattern PROVIDER =
      Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+");
  private static final Pattern URL = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  private static final Pattern HEX = Pattern.compile("^[0-9a-fA-F]+$");
  private static final Pattern ARN =
      Pattern.compile(
          "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
              + "(:[\\w+=/,.@-]+)?");
  static final Set<String> AUTH_FLOWS =
      Set.of(
          "ALLOW_CUSTOM_AUTH",
          "ADMIN_NO_SRP_AUTH",
          "ALLOW_REFRESH_TOKEN_AUTH",
          "ALLOW_USER_PASSWORD_AUTH",
          "ALLOW_USER_SRP_AUTH",
          "CUSTOM_AUTH_FLOW_ONLY",
          "USER_PASSWORD_AUTH",
          "ALLOW_ADMIN_USER_PASSWORD_AUTH",
          "ALLOW_USER_AUTH",
          "ALLOW_CLIENT_TOKEN_AUTH");
  static final Set<String> OAUTH_FLOWS = Set.of("code", "implicit", "client_credentials");
  private static final Set<String> UNITS = Set.of("seconds", "minutes", "hours", "days");
  private static final Set<String> STANDARD_SCOPES =
      Set.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");
  static final Set<String> STANDARD_ATTRIBUTES =
      Set.of(
          "address",
          "birthdate",
          "email",
          "email_verified",
          "family_name",
          "gender",
          "given_name",
          "identities",
          "locale",
          "middle_name",
          "name",
          "nickname",
          "phone_number",
          "phone_number_verified",
          "picture",
          "preferred_username",
          "profile",
          "sub",
          "updated_at",
          "website",
          "zoneinfo");
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

  /** What the floor knows of a pool, with its lookups precomputed. */
  record Pool(String id, Set<String> providers, Set<String> customScopes, Set<String> attributes) {

    /** Reads a pool in the conformance README's shape, with hash sets for every lookup. */
    @SuppressWarnings("unchecked")
    static Pool of(Map<String, Object> wire) {
      Set<String> providers = new HashSet<>();
      providers.add("COGNITO");
      providers.addAll((List<String>) wire.getOrDefault("IdentityProviders", List.of()));
      Set<String> scopes = new HashSet<>();
      for (Map<String, Object> server :
          (List<Map<String, Object>>) wire.getOrDefault("ResourceServers", List.of())) {
        for (Map<String, Object> scope : (List<Map<String, Object>>) server.get("Scopes")) {
          scopes.add(server.get("Identifier") + "/" + scope.get("ScopeName"));
        }
      }
      Set<String> attributes = new HashSet<>(STANDARD_ATTRIBUTES);
      for (Map<String, Object> attribute :
          (List<Map<String, Object>>) wire.getOrDefault("SchemaAttributes", List.of())) {
        attributes.add((String) attribute.get("Name"));
      }
      return new Pool((String) wire.get("Id"), providers, scopes, attributes);
    }
  }

  /** The decoded request: every member, {@code null} when absent. */
  static final class Request {
    String userPoolId;
    String clientName;
    String clientSecret;
    Boolean generateSecret;
    Integer refreshTokenValidity;
    Integer accessTokenValidity;
    Integer idTokenValidity;
    String accessTokenUnit;
    String idTokenUnit;
    String refreshTokenUnit;
    String[] readAttributes;
    String[] writeAttributes;
    String[] explicitAuthFlows;
    String[] supportedIdentityProviders;
    String[] callbackUrls;
    String[] logoutUrls;
    String defaultRedirectUri;
    String[] allowedOAuthFlows;
    String[] allowedOAuthScopes;
    Boolean allowedOAuthFlowsUserPoolClient;
    Boolean enableTokenRevocation;
    Boolean enablePropagateAdditionalUserContextData;
    String applicationId;
    String applicationArn;
    String roleArn;
    String externalId;
    Boolean userDataShared;
    String preventUserExistenceErrors;
    Integer authSessionValidity;
    String rotationFeature;
    Integer retryGracePeriodSeconds;
  }

  /** Decodes, checks and creates, and answers the wire map of the created client. */
  static Map<String, Object> roundTrip(
      Map<String, ?> body, Pool pool, RandomGenerator random, long nowMillis) {
    return answer(check(decode(body), pool), pool, random, nowMillis);
  }

  /** Decodes a wire body, checking every member's JSON kind. */
  @SuppressWarnings("unchecked")
  static Request decode(Map<String, ?> body) {
    Request r = new Request();
    r.userPoolId = string(body, "UserPoolId");
    r.clientName = string(body, "ClientName");
    r.clientSecret = string(body, "ClientSecret");
    r.generateSecret = bool(body, "GenerateSecret");
    r.refreshTokenValidity = integer(body, "RefreshTokenValidity");
    r.accessTokenValidity = integer(body, "AccessTokenValidity");
    r.idTokenValidity = integer(body, "IdTokenValidity");
    Map<String, ?> units = structure(body, "TokenValidityUnits");
    if (units != null) {
      r.accessTokenUnit = string(units, "AccessToken");
      r.idTokenUnit = string(units, "IdToken");
      r.refreshTokenUnit = string(units, "RefreshToken");
    }
    r.readAttributes = strings(body, "ReadAttributes");
    r.writeAttributes = strings(body, "WriteAttributes");
    r.explicitAuthFlows = strings(body, "ExplicitAuthFlows");
    r.supportedIdentityProviders = strings(body, "SupportedIdentityProviders");
    r.callbackUrls = strings(body, "CallbackURLs");
    r.logoutUrls = strings(body, "LogoutURLs");
    r.defaultRedirectUri = string(body, "DefaultRedirectURI");
    r.allowedOAuthFlows = strings(body, "AllowedOAuthFlows");
    r.allowedOAuthScopes = strings(body, "AllowedOAuthScopes");
    r.allowedOAuthFlowsUserPoolClient = bool(body, "AllowedOAuthFlowsUserPoolClient");
    r.enableTokenRevocation = bool(body, "EnableTokenRevocation");
    r.enablePropagateAdditionalUserContextData =
        bool(body, "EnablePropagateAdditionalUserContextData");
    Map<String, ?> analytics = structure(body, "AnalyticsConfiguration");
    if (analytics != null) {
      r.applicationId = string(analytics, "ApplicationId");
      r.applicationArn = string(analytics, "ApplicationArn");
      r.roleArn = string(analytics, "RoleArn");
      r.externalId = string(analytics, "ExternalId");
      r.userDataShared = bool(analytics, "UserDataShared");
    }
    r.preventUserExistenceErrors = string(body, "PreventUserExistenceErrors");
    r.authSessionValidity = integer(body, "AuthSessionValidity");
    Map<String, ?> rotation = structure(body, "RefreshTokenRotation");
    if (rotation != null) {
      r.rotationFeature = string(rotation, "Feature");
      r.retryGracePeriodSeconds = integer(rotation, "RetryGracePeriodSeconds");
    }
    return r;
  }

  /** Reads a typed request's members, the floor of a typed create. */
  static Request of(CreateUserPoolClientRequest request) {
    Request r = new Request();
    r.userPoolId = request.userPoolId().orElse(null);
    r.clientName = request.clientName().orElse(null);
    r.clientSecret = request.clientSecret().orElse(null);
    r.generateSecret = request.generateSecret().orElse(null);
    r.refreshTokenValidity = request.refreshTokenValidity().orElse(null);
    r.accessTokenValidity = request.accessTokenValidity().orElse(null);
    r.idTokenValidity = request.idTokenValidity().orElse(null);
    request
        .tokenValidityUnits()
        .ifPresent(
            units -> {
              r.accessTokenUnit = units.accessTokenAsString().orElse(null);
              r.idTokenUnit = units.idTokenAsString().orElse(null);
              r.refreshTokenUnit = units.refreshTokenAsString().orElse(null);
            });
    r.readAttributes = array(request.readAttributes());
    r.writeAttributes = array(request.writeAttributes());
    r.explicitAuthFlows = array(request.explicitAuthFlowsAsStrings());
    r.supportedIdentityProviders = array(request.supportedIdentityProviders());
    r.callbackUrls = array(request.callbackURLs());
    r.logoutUrls = array(request.logoutURLs());
    r.defaultRedirectUri = request.defaultRedirectURI().orElse(null);
    r.allowedOAuthFlows = array(request.allowedOAuthFlowsAsStrings());
    r.allowedOAuthScopes = array(request.allowedOAuthScopes());
    r.allowedOAuthFlowsUserPoolClient = request.allowedOAuthFlowsUserPoolClient().orElse(null);
    r.enableTokenRevocation = request.enableTokenRevocation().orElse(null);
    r.enablePropagateAdditionalUserContextData =
        request.enablePropagateAdditionalUserContextData().orElse(null);
    request
        .analyticsConfiguration()
        .ifPresent(
            analytics -> {
              r.applicationId = analytics.applicationId().orElse(null);
              r.applicationArn = analytics.applicationArn().orElse(null);
              r.roleArn = analytics.roleArn().orElse(null);
              r.externalId = analytics.externalId().orElse(null);
              r.userDataShared = analytics.userDataShared().orElse(null);
            });
    r.preventUserExistenceErrors = request.preventUserExistenceErrorsAsString().orElse(null);
    r.authSessionValidity = request.authSessionValidity().orElse(null);
    request
        .refreshTokenRotation()
        .ifPresent(
            rotation -> {
              r.rotationFeature = rotation.featureAsString().orElse(null);
              r.retryGracePeriodSeconds = rotation.retryGracePeriodSeconds().orElse(null);
            });
    return r;
  }

  private static String[] array(Optional<? extends List<String>> list) {
    return list.isPresent() ? list.get().toArray(new String[0]) : null;
  }

  /** Checks the model constraints and the business rules that cost more than a boolean test. */
  static Request check(Request r, Pool pool) {
    matches(r.userPoolId, 1, 55, USER_POOL_ID);
    matches(r.clientName, 1, 128, CLIENT_NAME);
    if (r.clientSecret != null) {
      matches(r.clientSecret, 24, 64, SECRET);
    }
    range(r.refreshTokenValidity, 0, 315_360_000);
    range(r.accessTokenValidity, 1, 86_400);
    range(r.idTokenValidity, 1, 86_400);
    oneOf(r.accessTokenUnit, UNITS);
    oneOf(r.idTokenUnit, UNITS);
    oneOf(r.refreshTokenUnit, UNITS);
    lengths(r.readAttributes, 2048);
    lengths(r.writeAttributes, 2048);
    if (r.explicitAuthFlows != null) {
      for (String flow : r.explicitAuthFlows) {
        oneOf(flow, AUTH_FLOWS);
      }
    }
    if (r.supportedIdentityProviders != null) {
      for (String provider : r.supportedIdentityProviders) {
        matches(provider, 1, 32, PROVIDER);
      }
    }
    urls(r.callbackUrls);
    urls(r.logoutUrls);
    if (r.defaultRedirectUri != null) {
      matches(r.defaultRedirectUri, 1, 1024, URL);
    }
    if (r.allowedOAuthFlows != null) {
      size(r.allowedOAuthFlows, 3);
      for (String flow : r.allowedOAuthFlows) {
        oneOf(flow, OAUTH_FLOWS);
      }
    }
    if (r.allowedOAuthScopes != null) {
      size(r.allowedOAuthScopes, 50);
      for (String scope : r.allowedOAuthScopes) {
        matches(scope, 1, 256, SCOPE);
      }
    }
    if (r.applicationId != null && !HEX.matcher(r.applicationId).matches()) {
      throw new IllegalArgumentException("applicationId");
    }
    if (r.applicationArn != null) {
      matches(r.applicationArn, 20, 2048, ARN);
    }
    if (r.roleArn != null) {
      matches(r.roleArn, 20, 2048, ARN);
    }
    range(r.authSessionValidity, 3, 15);
    range(r.retryGracePeriodSeconds, 0, 60);

    if (!pool.id().equals(r.userPoolId)) {
      throw new IllegalArgumentException("ResourceNotFoundException");
    }
    // Token validities: each in range for its unit, access and id not longer than refresh.
    long refresh = seconds(r.refreshTokenValidity, r.refreshTokenUnit, 30, "days");
    long access = seconds(r.accessTokenValidity, r.accessTokenUnit, 60, "minutes");
    long id = seconds(r.idTokenValidity, r.idTokenUnit, 60, "minutes");
    if (access < 300 || access > 86_400 || id < 300 || id > 86_400 || refresh > 315_360_000L) {
      throw new IllegalArgumentException("TV-03");
    }
    if (refresh != 0 && (access > refresh || id > refresh)) {
      throw new IllegalArgumentException("TV-07");
    }
    if (r.allowedOAuthScopes != null) {
      for (String scope : r.allowedOAuthScopes) {
        if (!STANDARD_SCOPES.contains(scope) && !pool.customScopes().contains(scope)) {
          throw new IllegalArgumentException("OA-08");
        }
      }
    }
    if (r.supportedIdentityProviders != null) {
      for (String provider : r.supportedIdentityProviders) {
        if (!pool.providers().contains(provider)) {
          throw new IllegalArgumentException("OA-11");
        }
      }
    }
    uris(r.callbackUrls);
    uris(r.logoutUrls);
    if (r.defaultRedirectUri != null
        && (r.callbackUrls == null
            || !Arrays.asList(r.callbackUrls).contains(r.defaultRedirectUri))) {
      throw new IllegalArgumentException("URL-08");
    }
    attributes(r.readAttributes, pool);
    attributes(r.writeAttributes, pool);
    return r;
  }

  /** Generates the id and secret and answers the client record as a wire map. */
  static Map<String, Object> answer(Request r, Pool pool, RandomGenerator random, long nowMillis) {
    String clientId = base32hex(random, 2, 26);
    String secret =
        Boolean.TRUE.equals(r.generateSecret) ? base32hex(random, 4, 52) : r.clientSecret;
    BigDecimal now = BigDecimal.valueOf(nowMillis, 3);
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("UserPoolId", r.userPoolId);
    client.put("ClientName", r.clientName);
    client.put("ClientId", clientId);
    putIfPresent(client, "ClientSecret", secret);
    client.put("LastModifiedDate", now);
    client.put("CreationDate", now);
    client.put(
        "RefreshTokenValidity", r.refreshTokenValidity == null ? 30 : r.refreshTokenValidity);
    putIfPresent(client, "AccessTokenValidity", r.accessTokenValidity);
    putIfPresent(client, "IdTokenValidity", r.idTokenValidity);
    Map<String, Object> units = new LinkedHashMap<>();
    putIfPresent(units, "AccessToken", r.accessTokenUnit);
    putIfPresent(units, "IdToken", r.idTokenUnit);
    putIfPresent(units, "RefreshToken", r.refreshTokenUnit);
    client.put("TokenValidityUnits", units);
    // Cognito answers most lists as a Java HashSet and the scopes sorted (RESP-04, OA-13).
    putSet(client, "ReadAttributes", r.readAttributes);
    putSet(client, "WriteAttributes", r.writeAttributes);
    putSet(client, "ExplicitAuthFlows", r.explicitAuthFlows);
    putSet(client, "SupportedIdentityProviders", r.supportedIdentityProviders);
    putSet(client, "CallbackURLs", r.callbackUrls);
    putSet(client, "LogoutURLs", r.logoutUrls);
    putIfPresent(client, "DefaultRedirectURI", r.defaultRedirectUri);
    putSet(client, "AllowedOAuthFlows", r.allowedOAuthFlows);
    if (r.allowedOAuthScopes != null && r.allowedOAuthScopes.length > 0) {
      client.put(
          "AllowedOAuthScopes", List.copyOf(new TreeSet<>(Arrays.asList(r.allowedOAuthScopes))));
    }
    client.put(
        "AllowedOAuthFlowsUserPoolClient", Boolean.TRUE.equals(r.allowedOAuthFlowsUserPoolClient));
    if (r.applicationId != null || r.applicationArn != null) {
      Map<String, Object> analytics = new LinkedHashMap<>();
      putIfPresent(analytics, "ApplicationId", r.applicationId);
      putIfPresent(analytics, "ApplicationArn", r.applicationArn);
      putIfPresent(analytics, "RoleArn", r.roleArn);
      putIfPresent(analytics, "ExternalId", r.externalId);
      putIfPresent(analytics, "UserDataShared", r.userDataShared);
      client.put("AnalyticsConfiguration", analytics);
    }
    putIfPresent(client, "PreventUserExistenceErrors", r.preventUserExistenceErrors);
    client.put("EnableTokenRevocation", !Boolean.FALSE.equals(r.enableTokenRevocation));
    client.put(
        "EnablePropagateAdditionalUserContextData",
        Boolean.TRUE.equals(r.enablePropagateAdditionalUserContextData));
    client.put("AuthSessionValidity", r.authSessionValidity == null ? 3 : r.authSessionValidity);
    Map<String, Object> rotation = new LinkedHashMap<>();
    rotation.put("Feature", r.rotationFeature == null ? "DISABLED" : r.rotationFeature);
    rotation.put(
        "RetryGracePeriodSeconds",
        r.retryGracePeriodSeconds == null ? 0 : r.retryGracePeriodSeconds);
    client.put("RefreshTokenRotation", rotation);
    return Map.of("UserPoolClient", client);
  }

  /**
   * Returns {@code words} random longs written as {@code length} base32hex digits, like poolclient.
   */
  static String base32hex(RandomGenerator random, int words, int length) {
    long[] bits = new long[words];
    for (int i = 0; i < words; i++) {
      bits[i] = random.nextLong();
    }
    char[] digits = new char[length];
    for (int k = 0; k < length; k++) {
      int offset = 5 * k;
      int word = words - 1 - offset / 64;
      int shift = offset % 64;
      long value = bits[word] >>> shift;
      if (shift > 59 && word > 0) {
        value |= bits[word - 1] << (64 - shift);
      }
      digits[length - 1 - k] = BASE32HEX[(int) (value & 31)];
    }
    return new String(digits);
  }

  private static long seconds(Integer value, String unit, int defaultValue, String defaultUnit) {
    long amount = value == null ? defaultValue : value;
    return switch (unit == null ? defaultUnit : unit) {
      case "seconds" -> amount;
      case "minutes" -> amount * 60;
      case "hours" -> amount * 3600;
      default -> amount * 86_400;
    };
  }

  private static void urls(String[] urls) {
    if (urls != null) {
      size(urls, 100);
      for (String url : urls) {
        matches(url, 1, 1024, URL);
      }
    }
  }

  private static void uris(String[] urls) {
    if (urls == null) {
      return;
    }
    for (String url : urls) {
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("URL-06", e);
      }
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("URL-06/URL-04");
      }
      if (scheme.equalsIgnoreCase("http") && !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("URL-02");
      }
    }
  }

  private static void attributes(String[] names, Pool pool) {
    if (names != null) {
      for (String name : names) {
        if (!pool.attributes().contains(name)) {
          throw new IllegalArgumentException("ATTR-04");
        }
      }
    }
  }

  private static void matches(String value, int min, int max, Pattern pattern) {
    if (value == null
        || value.length() < min
        || value.length() > max
        || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(pattern.pattern());
    }
  }

  private static void range(Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException("range");
    }
  }

  private static void oneOf(String value, Set<String> values) {
    if (value != null && !values.contains(value)) {
      throw new IllegalArgumentException("enum");
    }
  }

  private static void lengths(String[] values, int max) {
    if (values != null) {
      for (String value : values) {
        if (value.isEmpty() || value.length() > max) {
          throw new IllegalArgumentException("length");
        }
      }
    }
  }

  private static void size(String[] values, int max) {
    if (values.length > max) {
      throw new IllegalArgumentException("size");
    }
  }

  private static String string(Map<String, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException(name);
  }

  private static Boolean bool(Map<String, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw new IllegalArgumentException(name);
  }

  private static Integer integer(Map<String, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof Integer) {
      return (Integer) value;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).intValueExact();
    }
    throw new IllegalArgumentException(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> structure(Map<String, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof Map) {
      return (Map<String, ?>) value;
    }
    throw new IllegalArgumentException(name);
  }

  private static String[] strings(Map<String, ?> map, String name) {
    Object value = map.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(name);
    }
    String[] strings = new String[list.size()];
    for (int i = 0; i < strings.length; i++) {
      if (!(list.get(i) instanceof String string)) {
        throw new IllegalArgumentException(name + "[" + i + "]");
      }
      strings[i] = string;
    }
    return strings;
  }

  private static void putIfPresent(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  private static void putSet(Map<String, Object> map, String name, String[] values) {
    if (values != null && values.length > 0) {
      map.put(name, List.copyOf(new HashSet<>(Arrays.asList(values))));
    }
  }
}
