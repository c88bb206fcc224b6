package io.github.poolclient.rules.model;

import static io.github.poolclient.rules.model.Constraint.categories;
import static io.github.poolclient.rules.model.Constraint.charClass;
import static io.github.poolclient.rules.model.Constraint.eachElement;
import static io.github.poolclient.rules.model.Constraint.maxLength;
import static io.github.poolclient.rules.model.Constraint.maxSize;
import static io.github.poolclient.rules.model.Constraint.maxValue;
import static io.github.poolclient.rules.model.Constraint.minLength;
import static io.github.poolclient.rules.model.Constraint.minValue;
import static io.github.poolclient.rules.model.Constraint.oneOf;
import static io.github.poolclient.rules.model.Constraint.pattern;
import static io.github.poolclient.rules.model.Member.integer;
import static io.github.poolclient.rules.model.Member.list;
import static io.github.poolclient.rules.model.Member.string;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.PreventUserExistenceErrorTypes;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TimeUnitsType;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.rules.ModelRule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Declares the model constraints of {@code CreateUserPoolClient} (catalogue section 1.2, M-01..M-24
 * without the Update-only M-03 and the unconstrained booleans M-05/M-17): one {@link ModelRule} per
 * M-row, in M-table order.
 *
 * <p>Each broken constraint is one item, {@code Value '<value>' at '<path>' failed to satisfy
 * constraint: <constraint>} (V-03, REAL); the caller joins the items into {@code N validation
 * error(s) detected: <item>; <item>} (V-02, V-04, REAL). Items come member by member in M-table
 * order and, inside a member, in the order not null, max, min, pattern, enum (12.1 step 2, ours:
 * Cognito's own order is not stable, V-12). The constraint values are the service model's (DOC);
 * the per-member texts are INFERRED from the REAL format except where a row says REAL.
 *
 * <p>Decisions (12.2, 12.4): values print raw between single quotes, unescaped and untruncated,
 * integers quoted too (V-08, INFERRED); lists print as {@code List.toString()} and are checked as
 * sent, duplicates included; a missing required member prints {@code Value null at '<path>' ...
 * Member must not be null} (V-09, INFERRED); {@code clientSecret} is redacted, {@code Value at
 * 'clientSecret' ...} (V-10, INFERRED); enum values are case-sensitive and their texts list the
 * catalogue order (V-14); patterns use Java semantics with ASCII {@code \w}/{@code \s} (M-27).
 */
public final class ModelConstraints {

  /** Letters, marks, symbols, numbers and punctuation: the general categories of M-12 to M-14. */
  private static final ImmutableSet<Integer> LMSNP =
      ImmutableSet.of(
          (int) Character.UPPERCASE_LETTER,
          (int) Character.LOWERCASE_LETTER,
          (int) Character.TITLECASE_LETTER,
          (int) Character.MODIFIER_LETTER,
          (int) Character.OTHER_LETTER,
          (int) Character.NON_SPACING_MARK,
          (int) Character.ENCLOSING_MARK,
          (int) Character.COMBINING_SPACING_MARK,
          (int) Character.MATH_SYMBOL,
          (int) Character.CURRENCY_SYMBOL,
          (int) Character.MODIFIER_SYMBOL,
          (int) Character.OTHER_SYMBOL,
          (int) Character.DECIMAL_DIGIT_NUMBER,
          (int) Character.LETTER_NUMBER,
          (int) Character.OTHER_NUMBER,
          (int) Character.CONNECTOR_PUNCTUATION,
          (int) Character.DASH_PUNCTUATION,
          (int) Character.START_PUNCTUATION,
          (int) Character.END_PUNCTUATION,
          (int) Character.INITIAL_QUOTE_PUNCTUATION,
          (int) Character.FINAL_QUOTE_PUNCTUATION,
          (int) Character.OTHER_PUNCTUATION);

  /**
   * M-13/M-14 {@code [\p{L}\p{M}\p{S}\p{N}\p{P}]+}: \p{Z} is absent, so a space fails; non-ASCII
   * letters pass (M-27, REAL).
   */
  static final Constraint<String> URL_CHARS =
      categories("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", LMSNP);

  /** M-12 {@code [\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+}: separators allowed, spaces pass. */
  static final Constraint<String> PROVIDER_CHARS =
      categories(
          "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+",
          ImmutableSet.<Integer>builder()
              .addAll(LMSNP)
              .add(
                  (int) Character.SPACE_SEPARATOR,
                  (int) Character.LINE_SEPARATOR,
                  (int) Character.PARAGRAPH_SEPARATOR)
              .build());

  // Java regex \w and \s without UNICODE_CHARACTER_CLASS are ASCII-only (M-27).
  private static final CharMatcher WORD =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.is('_'))
          .precomputed();

  /** {@code [\w-]+_[0-9a-zA-Z]+}: M-01 user pool ids. */
  static final Constraint<String> USER_POOL_ID_PATTERN = Constraint.userPoolIdPattern(WORD);

  /** {@code [\w+]+}: M-03 client ids and M-04 client secrets. */
  static final Constraint<String> WORD_OR_PLUS =
      charClass("[\\w+]+", WORD.or(CharMatcher.is('+')).precomputed());

  /** {@code [\w\s+=,.@-]+}: M-02 client names. */
  static final Constraint<String> CLIENT_NAME_CHARS =
      charClass(
          "[\\w\\s+=,.@-]+", WORD.or(CharMatcher.anyOf(" \t\n\u000B\f\r+=,.@-")).precomputed());

  /**
   * {@code [\x21\x23-\x5B\x5D-\x7E]+}: M-16 scopes, printable ASCII but space, quote, backslash.
   */
  static final Constraint<String> SCOPE_CHARS =
      charClass(
          "[\\x21\\x23-\\x5B\\x5D-\\x7E]+",
          CharMatcher.inRange('!', '~').and(CharMatcher.noneOf("\"\\")).precomputed());

  // M-19, one pattern for both ARNs.
  private static final String ARN_PATTERN =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
          + "(:[\\w+=/,.@-]+)?";

  // M-09, V-14: HashSet order (INFERRED).
  private static final Constraint<String> TIME_UNIT =
      oneOf(
          TimeUnitsType.knownValues(),
          TimeUnitsType::fromValue,
          "seconds",
          "hours",
          "minutes",
          "days");

  private static final Constraint<List<String>> ATTRIBUTE_ELEMENTS =
      eachElement(maxLength(2048), minLength(1));

  private static final Constraint<List<String>> URL_ELEMENTS =
      eachElement(maxLength(1024), minLength(1), URL_CHARS);

  /** M-04: Create only; the value is never printed. */
  private static final ModelRule<CreateUserPoolClientRequest> CLIENT_SECRET =
      // Redaction INFERRED (V-10); a secret never appears in a message (12.2).
      ModelConstraintRule.of(
          "M-04",
          "ClientSecret is 24-64 characters of [\\w+]; its value is never printed",
          string(
                  "clientSecret",
                  CreateUserPoolClientRequest::clientSecret,
                  maxLength(64),
                  minLength(24),
                  WORD_OR_PLUS)
              .redacted());

  /** M-06 ... M-24: the members Create and Update share, in M-table order. */
  private static final ImmutableList<ModelRule<UserPoolClientSettings>> SETTINGS =
      ImmutableList.of(
          // 0 is legal (TV-05); integer rendering INFERRED (V-08).
          ModelConstraintRule.of(
              "M-06",
              "RefreshTokenValidity is 0-315360000",
              integer(
                  "refreshTokenValidity",
                  UserPoolClientSettings::refreshTokenValidity,
                  maxValue(315360000),
                  minValue(0))),
          ModelConstraintRule.of(
              "M-07",
              "AccessTokenValidity is 1-86400 in any unit",
              integer(
                  "accessTokenValidity",
                  UserPoolClientSettings::accessTokenValidity,
                  maxValue(86400),
                  minValue(1))),
          ModelConstraintRule.of(
              "M-08",
              "IdTokenValidity is 1-86400 in any unit",
              integer(
                  "idTokenValidity",
                  UserPoolClientSettings::idTokenValidity,
                  maxValue(86400),
                  minValue(1))),
          // Nested paths INFERRED (V-06).
          ModelConstraintRule.of(
              "M-09",
              "Each TokenValidityUnits member is seconds, minutes, hours or days",
              string(
                  "tokenValidityUnits.accessToken",
                  units(TokenValidityUnits::accessTokenAsString),
                  TIME_UNIT),
              string(
                  "tokenValidityUnits.idToken",
                  units(TokenValidityUnits::idTokenAsString),
                  TIME_UNIT),
              string(
                  "tokenValidityUnits.refreshToken",
                  units(TokenValidityUnits::refreshTokenAsString),
                  TIME_UNIT)),
          ModelConstraintRule.of(
              "M-10",
              "Each ReadAttributes and WriteAttributes entry is 1-2048 characters",
              list("readAttributes", UserPoolClientSettings::readAttributes, ATTRIBUTE_ELEMENTS),
              list("writeAttributes", UserPoolClientSettings::writeAttributes, ATTRIBUTE_ELEMENTS)),
          // Enum text REAL for the first eight (media-insights-on-aws PR #199); the last two
          // appended (12.2, INFERRED).
          ModelConstraintRule.of(
              "M-11",
              "Each ExplicitAuthFlows entry is a known auth flow name, case-sensitive",
              list(
                  "explicitAuthFlows",
                  UserPoolClientSettings::explicitAuthFlowsAsStrings,
                  eachElement(
                      oneOf(
                          ExplicitAuthFlowsType.knownValues(),
                          ExplicitAuthFlowsType::fromValue,
                          "ALLOW_CUSTOM_AUTH",
                          "ADMIN_NO_SRP_AUTH",
                          "ALLOW_REFRESH_TOKEN_AUTH",
                          "ALLOW_USER_PASSWORD_AUTH",
                          "ALLOW_USER_SRP_AUTH",
                          "CUSTOM_AUTH_FLOW_ONLY",
                          "USER_PASSWORD_AUTH",
                          "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                          "ALLOW_USER_AUTH",
                          "ALLOW_CLIENT_TOKEN_AUTH")))),
          // \p{Z} allowed: spaces pass; non-ASCII names pass (M-27, REAL).
          ModelConstraintRule.of(
              "M-12",
              "Each SupportedIdentityProviders entry is 1-32 letters, marks, symbols, numbers,"
                  + " punctuation or separators",
              list(
                  "supportedIdentityProviders",
                  UserPoolClientSettings::supportedIdentityProviders,
                  eachElement(maxLength(32), minLength(1), PROVIDER_CHARS))),
          // Element text REAL (aws-sdk-java-v2 #5528, aws-cli #2894); size text REAL-2
          // ([PREFLIGHT]); the two-item split of an oversized bad list INFERRED (V-11).
          ModelConstraintRule.of(
              "M-13",
              "CallbackURLs and LogoutURLs hold at most 100 entries of 1-1024 characters without"
                  + " spaces",
              list(
                  "callbackURLs", UserPoolClientSettings::callbackURLs, maxSize(100), URL_ELEMENTS),
              list("logoutURLs", UserPoolClientSettings::logoutURLs, maxSize(100), URL_ELEMENTS)),
          ModelConstraintRule.of(
              "M-14",
              "DefaultRedirectURI is 1-1024 characters without spaces",
              string(
                  "defaultRedirectURI",
                  UserPoolClientSettings::defaultRedirectURI,
                  maxLength(1024),
                  minLength(1),
                  URL_CHARS)),
          // Enum text REAL (aws-cloudformation-user-guide PR #517, issue #563).
          ModelConstraintRule.of(
              "M-15",
              "AllowedOAuthFlows holds at most 3 entries of code, implicit or client_credentials",
              list(
                  "allowedOAuthFlows",
                  UserPoolClientSettings::allowedOAuthFlowsAsStrings,
                  maxSize(3),
                  eachElement(
                      oneOf(
                          OAuthFlowType.knownValues(),
                          OAuthFlowType::fromValue,
                          "implicit",
                          "client_credentials",
                          "code")))),
          // The pattern excludes space, '"' and '\'.
          ModelConstraintRule.of(
              "M-16",
              "AllowedOAuthScopes holds at most 50 entries of 1-256 printable ASCII characters"
                  + " other than space, quote and backslash",
              list(
                  "allowedOAuthScopes",
                  UserPoolClientSettings::allowedOAuthScopes,
                  maxSize(50),
                  eachElement(maxLength(256), minLength(1), SCOPE_CHARS))),
          // Printing the ^...$ anchors INFERRED (V-13); no length bounds, so '' breaks the pattern.
          ModelConstraintRule.of(
              "M-18",
              "AnalyticsConfiguration.ApplicationId is hexadecimal",
              string(
                  "analyticsConfiguration.applicationId",
                  analytics(AnalyticsConfiguration::applicationId),
                  pattern("^[0-9a-fA-F]+$"))),
          ModelConstraintRule.of(
              "M-19",
              "AnalyticsConfiguration.ApplicationArn and RoleArn are ARNs of 20-2048 characters",
              arn("analyticsConfiguration.applicationArn", AnalyticsConfiguration::applicationArn),
              arn("analyticsConfiguration.roleArn", AnalyticsConfiguration::roleArn)),
          ModelConstraintRule.of(
              "M-20",
              "AnalyticsConfiguration.ExternalId is at most 131072 characters",
              string(
                  "analyticsConfiguration.externalId",
                  analytics(AnalyticsConfiguration::externalId),
                  maxLength(131072))),
          // Enum order INFERRED (HashSet order, V-14).
          ModelConstraintRule.of(
              "M-21",
              "PreventUserExistenceErrors is LEGACY or ENABLED",
              string(
                  "preventUserExistenceErrors",
                  UserPoolClientSettings::preventUserExistenceErrorsAsString,
                  oneOf(
                      PreventUserExistenceErrorTypes.knownValues(),
                      PreventUserExistenceErrorTypes::fromValue,
                      "LEGACY",
                      "ENABLED"))),
          ModelConstraintRule.of(
              "M-22",
              "AuthSessionValidity is 3-15 minutes",
              integer(
                  "authSessionValidity",
                  UserPoolClientSettings::authSessionValidity,
                  maxValue(15),
                  minValue(3))),
          // Required inside the structure (DOC); not-null text and enum order INFERRED.
          ModelConstraintRule.of(
              "M-23",
              "RefreshTokenRotation.Feature is required in the structure and is ENABLED or"
                  + " DISABLED",
              string(
                      "refreshTokenRotation.feature",
                      rotation(RefreshTokenRotation::featureAsString),
                      oneOf(
                          FeatureType.knownValues(), FeatureType::fromValue, "DISABLED", "ENABLED"))
                  .requiredWhen(request -> request.refreshTokenRotation().isPresent())),
          ModelConstraintRule.of(
              "M-24",
              "RefreshTokenRotation.RetryGracePeriodSeconds is 0-60",
              integer(
                  "refreshTokenRotation.retryGracePeriodSeconds",
                  rotation(RefreshTokenRotation::retryGracePeriodSeconds),
                  maxValue(60),
                  minValue(0))));

  private ModelConstraints() {}

  /**
   * Returns the model-constraint rules of {@code CreateUserPoolClient} in M-table order (M-01,
   * M-02, M-04, M-06 ... M-16, M-18 ... M-24), to run before the pool lookup.
   */
  public static ImmutableList<ModelRule<? super CreateUserPoolClientRequest>> rules() {
    return CreateRows.ROWS;
  }

  /**
   * Returns the model-constraint rules of {@code UpdateUserPoolClient} in the Update shape's order
   * (catalogue 12.6 step 2): M-01, M-03, M-02 (optional here), then M-06 ... M-24.
   */
  public static ImmutableList<ModelRule<? super UpdateUserPoolClientRequest>> updateRules() {
    return UpdateRows.ROWS;
  }

  /** Returns the rules of {@code DescribeUserPoolClient}: M-01, M-03 (catalogue 12.7). */
  public static ImmutableList<ModelRule<DescribeUserPoolClientRequest>> describeRules() {
    return DescribeRows.ROWS;
  }

  /** Returns the rules of {@code DeleteUserPoolClient}: M-01, M-03 (catalogue 12.7). */
  public static ImmutableList<ModelRule<DeleteUserPoolClientRequest>> deleteRules() {
    return DeleteRows.ROWS;
  }

  /**
   * Returns the rules of {@code ListUserPoolClients}: M-01, then MaxResults 1-60, then NextToken
   * (catalogue 12.7).
   */
  public static ImmutableList<ModelRule<ListUserPoolClientsRequest>> listRules() {
    return ListRows.ROWS;
  }

  // Each operation's rows live in a holder of their own, built when that operation is first
  // checked: a first Create does not load the other requests' types or spin their accessors (issue
  // 9, cold start). The rows they share (SETTINGS, M-01, M-03) are declared once, above and below.

  private static final class CreateRows {
    static final ImmutableList<ModelRule<? super CreateUserPoolClientRequest>> ROWS =
        ImmutableList.<ModelRule<? super CreateUserPoolClientRequest>>builder()
            .add(userPoolId(CreateUserPoolClientRequest::userPoolId))
            .add(clientName(true))
            .add(CLIENT_SECRET)
            .addAll(SETTINGS)
            .build();

    private CreateRows() {}
  }

  private static final class UpdateRows {
    static final ImmutableList<ModelRule<? super UpdateUserPoolClientRequest>> ROWS =
        ImmutableList.<ModelRule<? super UpdateUserPoolClientRequest>>builder()
            .add(userPoolId(UpdateUserPoolClientRequest::userPoolId))
            .add(clientId(UpdateUserPoolClientRequest::clientId))
            .add(clientName(false))
            .addAll(SETTINGS)
            .build();

    private UpdateRows() {}
  }

  private static final class DescribeRows {
    static final ImmutableList<ModelRule<DescribeUserPoolClientRequest>> ROWS =
        ImmutableList.of(
            userPoolId(DescribeUserPoolClientRequest::userPoolId),
            clientId(DescribeUserPoolClientRequest::clientId));

    private DescribeRows() {}
  }

  private static final class DeleteRows {
    static final ImmutableList<ModelRule<DeleteUserPoolClientRequest>> ROWS =
        ImmutableList.of(
            userPoolId(DeleteUserPoolClientRequest::userPoolId),
            clientId(DeleteUserPoolClientRequest::clientId));

    private DeleteRows() {}
  }

  private static final class ListRows {
    /** MaxResults of ListUserPoolClients (catalogue 12.7). */
    private static final ModelRule<ListUserPoolClientsRequest> MAX_RESULTS =
        ModelConstraintRule.of(
            "LIST-01",
            "MaxResults is 1-60",
            integer(
                "maxResults", ListUserPoolClientsRequest::maxResults, maxValue(60), minValue(1)));

    /** NextToken of ListUserPoolClients (catalogue 12.7). */
    private static final ModelRule<ListUserPoolClientsRequest> NEXT_TOKEN =
        ModelConstraintRule.of(
            "LIST-02",
            "NextToken is at least 1 character of [\\S]+",
            string(
                "nextToken",
                ListUserPoolClientsRequest::nextToken,
                minLength(1),
                pattern("[\\S]+")));

    static final ImmutableList<ModelRule<ListUserPoolClientsRequest>> ROWS =
        ImmutableList.of(
            userPoolId(ListUserPoolClientsRequest::userPoolId), MAX_RESULTS, NEXT_TOKEN);

    private ListRows() {}
  }

  /** M-01, on whichever request carries the pool id. Pattern text REAL (anomalyco/guide #127). */
  private static <R> ModelRule<R> userPoolId(Function<? super R, Optional<String>> accessor) {
    return ModelConstraintRule.of(
        "M-01",
        "UserPoolId is required and is 1-55 characters matching [\\w-]+_[0-9a-zA-Z]+",
        Member.<R>string("userPoolId", accessor, maxLength(55), minLength(1), USER_POOL_ID_PATTERN)
            .required());
  }

  /** M-03 (Update, Describe, Delete): pattern text REAL; the value is shown (12.6). */
  private static <R> ModelRule<R> clientId(Function<? super R, Optional<String>> accessor) {
    return ModelConstraintRule.of(
        "M-03",
        "ClientId is required and is 1-128 characters of [\\w+]",
        Member.<R>string("clientId", accessor, maxLength(128), minLength(1), WORD_OR_PLUS)
            .required());
  }

  /**
   * M-02: required on Create, optional on Update (M-25). REAL-2 for the ASCII character set
   * ([PREFLIGHT]); a tab or only spaces pass (12.4).
   */
  private static ModelRule<UserPoolClientSettings> clientName(boolean required) {
    Member<UserPoolClientSettings, String> name =
        string(
            "clientName",
            UserPoolClientSettings::clientName,
            maxLength(128),
            minLength(1),
            CLIENT_NAME_CHARS);
    return required
        ? ModelConstraintRule.of(
            "M-02",
            "ClientName is required and is 1-128 characters of [\\w\\s+=,.@-]",
            "",
            name.required())
        : ModelConstraintRule.of(
            "M-02", "ClientName, when sent, is 1-128 characters of [\\w\\s+=,.@-]", "Update", name);
  }

  private static Member<UserPoolClientSettings, String> arn(
      String path, Function<AnalyticsConfiguration, Optional<String>> member) {
    return string(path, analytics(member), maxLength(2048), minLength(20), pattern(ARN_PATTERN));
  }

  private static Function<UserPoolClientSettings, Optional<String>> units(
      Function<TokenValidityUnits, Optional<String>> member) {
    return request -> request.tokenValidityUnits().flatMap(member);
  }

  private static <T> Function<UserPoolClientSettings, Optional<T>> analytics(
      Function<AnalyticsConfiguration, Optional<T>> member) {
    return request -> request.analyticsConfiguration().flatMap(member);
  }

  private static <T> Function<UserPoolClientSettings, Optional<T>> rotation(
      Function<RefreshTokenRotation, Optional<T>> member) {
    return request -> request.refreshTokenRotation().flatMap(member);
  }
}
