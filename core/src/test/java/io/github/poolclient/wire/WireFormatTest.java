package io.github.poolclient.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import com.google.common.testing.NullPointerTester;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and writing {@code CreateUserPoolClient} request bodies, and writing error bodies. */
final class WireFormatTest {

  /** A member's wire path and the JSON kind the error message names for it. */
  record Member(String path, String kind) {
    @Override
    public String toString() {
      return path + " (" + kind + ")";
    }
  }

  /** The 24 request members in M-table order (catalogue 12.4), independent of the main table. */
  static final ImmutableList<Member> TOP_LEVEL =
      ImmutableList.of(
          new Member("UserPoolId", "string"),
          new Member("ClientName", "string"),
          new Member("ClientSecret", "string"),
          new Member("GenerateSecret", "boolean"),
          new Member("RefreshTokenValidity", "integer"),
          new Member("AccessTokenValidity", "integer"),
          new Member("IdTokenValidity", "integer"),
          new Member("TokenValidityUnits", "structure"),
          new Member("ReadAttributes", "list"),
          new Member("WriteAttributes", "list"),
          new Member("ExplicitAuthFlows", "list"),
          new Member("SupportedIdentityProviders", "list"),
          new Member("CallbackURLs", "list"),
          new Member("LogoutURLs", "list"),
          new Member("DefaultRedirectURI", "string"),
          new Member("AllowedOAuthFlows", "list"),
          new Member("AllowedOAuthScopes", "list"),
          new Member("AllowedOAuthFlowsUserPoolClient", "boolean"),
          new Member("EnableTokenRevocation", "boolean"),
          new Member("EnablePropagateAdditionalUserContextData", "boolean"),
          new Member("AnalyticsConfiguration", "structure"),
          new Member("PreventUserExistenceErrors", "string"),
          new Member("AuthSessionValidity", "integer"),
          new Member("RefreshTokenRotation", "structure"));

  /** Every scalar and list member, nested ones in place of their structure, in M-table order. */
  static final ImmutableList<Member> LEAVES =
      TOP_LEVEL.stream()
          .flatMap(
              member ->
                  switch (member.path()) {
                    case "TokenValidityUnits" ->
                        Stream.of(
                            new Member("TokenValidityUnits.AccessToken", "string"),
                            new Member("TokenValidityUnits.IdToken", "string"),
                            new Member("TokenValidityUnits.RefreshToken", "string"));
                    case "AnalyticsConfiguration" ->
                        Stream.of(
                            new Member("AnalyticsConfiguration.ApplicationId", "string"),
                            new Member("AnalyticsConfiguration.ApplicationArn", "string"),
                            new Member("AnalyticsConfiguration.RoleArn", "string"),
                            new Member("AnalyticsConfiguration.ExternalId", "string"),
                            new Member("AnalyticsConfiguration.UserDataShared", "boolean"));
                    case "RefreshTokenRotation" ->
                        Stream.of(
                            new Member("RefreshTokenRotation.Feature", "string"),
                            new Member("RefreshTokenRotation.RetryGracePeriodSeconds", "integer"));
                    default -> Stream.of(member);
                  })
          .collect(ImmutableList.toImmutableList());

  static final ImmutableList<String> LIST_MEMBERS =
      TOP_LEVEL.stream()
          .filter(member -> member.kind().equals("list"))
          .map(Member::path)
          .collect(ImmutableList.toImmutableList());

  /** One sample JSON value of each kind, plus a fraction (a number that is no integer). */
  static final ImmutableMap<String, Object> SAMPLES =
      ImmutableMap.of(
          "string",
          "60",
          "integer",
          60,
          "boolean",
          true,
          "list",
          List.of("a"),
          "structure",
          Map.of("a", "b"),
          "fraction",
          60.5);

  private static final String POOL_ID = "us-east-1_Example01";

  /** A body that sets all 24 members, nested structures with all their members. */
  static Map<String, Object> fullBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("UserPoolId", POOL_ID);
    body.put("ClientName", "web");
    body.put("ClientSecret", "s3cretS3cretS3cretS3cret");
    body.put("GenerateSecret", false);
    body.put("RefreshTokenValidity", 30);
    body.put("AccessTokenValidity", 60);
    body.put("IdTokenValidity", 45);
    body.put(
        "TokenValidityUnits",
        Map.of("AccessToken", "minutes", "IdToken", "seconds", "RefreshToken", "days"));
    body.put("ReadAttributes", List.of("email", "name"));
    body.put("WriteAttributes", List.of("name"));
    body.put("ExplicitAuthFlows", List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
    body.put("SupportedIdentityProviders", List.of("COGNITO", "Google"));
    body.put("CallbackURLs", List.of("https://example.com/cb", "https://example.com/cb2"));
    body.put("LogoutURLs", List.of("https://example.com/logout"));
    body.put("DefaultRedirectURI", "https://example.com/cb");
    body.put("AllowedOAuthFlows", List.of("code"));
    body.put("AllowedOAuthScopes", List.of("openid", "email"));
    body.put("AllowedOAuthFlowsUserPoolClient", true);
    body.put("EnableTokenRevocation", false);
    body.put("EnablePropagateAdditionalUserContextData", true);
    body.put(
        "AnalyticsConfiguration",
        Map.of(
            "ApplicationId", "0123456789abcdef",
            "ApplicationArn", "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123",
            "RoleArn", "arn:aws:iam::123456789012:role/pinpoint",
            "ExternalId", "external-1",
            "UserDataShared", true));
    body.put("PreventUserExistenceErrors", "ENABLED");
    body.put("AuthSessionValidity", 7);
    body.put("RefreshTokenRotation", Map.of("Feature", "ENABLED", "RetryGracePeriodSeconds", 10));
    return body;
  }

  /** The request {@link #fullBody()} stands for, built member by member. */
  static CreateUserPoolClientRequest fullRequest() {
    return CreateUserPoolClientRequest.builder()
        .userPoolId(POOL_ID)
        .clientName("web")
        .clientSecret("s3cretS3cretS3cretS3cret")
        .generateSecret(false)
        .refreshTokenValidity(30)
        .accessTokenValidity(60)
        .idTokenValidity(45)
        .tokenValidityUnits(
            TokenValidityUnits.builder()
                .accessTokenAsString("minutes")
                .idTokenAsString("seconds")
                .refreshTokenAsString("days")
                .build())
        .readAttributes(ImmutableList.of("email", "name"))
        .writeAttributes(ImmutableList.of("name"))
        .explicitAuthFlowsAsStrings(
            ImmutableList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
        .supportedIdentityProviders(ImmutableList.of("COGNITO", "Google"))
        .callbackURLs(ImmutableList.of("https://example.com/cb", "https://example.com/cb2"))
        .logoutURLs(ImmutableList.of("https://example.com/logout"))
        .defaultRedirectURI("https://example.com/cb")
        .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
        .allowedOAuthScopes(ImmutableList.of("openid", "email"))
        .allowedOAuthFlowsUserPoolClient(true)
        .enableTokenRevocation(false)
        .enablePropagateAdditionalUserContextData(true)
        .analyticsConfiguration(
            AnalyticsConfiguration.builder()
                .applicationId("0123456789abcdef")
                .applicationArn("arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123")
                .roleArn("arn:aws:iam::123456789012:role/pinpoint")
                .externalId("external-1")
                .userDataShared(true)
                .build())
        .preventUserExistenceErrorsAsString("ENABLED")
        .authSessionValidity(7)
        .refreshTokenRotation(
            RefreshTokenRotation.builder()
                .featureAsString("ENABLED")
                .retryGracePeriodSeconds(10)
                .build())
        .build();
  }

  // --- round trips -------------------------------------------------------------------------

  @Test
  void readsEveryMemberOfAFullBody() {
    assertThat(WireFormat.readCreateUserPoolClientRequest(fullBody())).isEqualTo(fullRequest());
  }

  @Test
  void writesEveryMemberOfAFullRequestInMemberTableOrder() {
    Map<String, Object> written = WireFormat.write(fullRequest());

    assertThat(written).isEqualTo(fullBody());
    assertThat(written.keySet())
        .containsExactlyElementsOf(Lists.transform(TOP_LEVEL, Member::path));
    assertThat(written).isInstanceOf(ImmutableMap.class);
  }

  @Test
  void writesNestedStructuresAsMapsInModelOrder() {
    Map<String, Object> written = WireFormat.write(fullRequest());

    assertThat(keysOf(written.get("TokenValidityUnits")))
        .containsExactly("AccessToken", "IdToken", "RefreshToken");
    assertThat(keysOf(written.get("AnalyticsConfiguration")))
        .containsExactly(
            "ApplicationId", "ApplicationArn", "RoleArn", "ExternalId", "UserDataShared");
    assertThat(keysOf(written.get("RefreshTokenRotation")))
        .containsExactly("Feature", "RetryGracePeriodSeconds");
  }

  @Test
  void readOfWriteGivesTheSameRequest() {
    CreateUserPoolClientRequest request = fullRequest();

    assertThat(WireFormat.readCreateUserPoolClientRequest(WireFormat.write(request)))
        .isEqualTo(request);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleMembers")
  void roundTripsEachMemberAlone(String wireName) {
    Map<String, Object> body = Map.of(wireName, fullBody().get(wireName));

    CreateUserPoolClientRequest request = WireFormat.readCreateUserPoolClientRequest(body);

    assertThat(WireFormat.write(request)).isEqualTo(body);
    assertThat(request)
        .isNotEqualTo(CreateUserPoolClientRequest.builder().build())
        .isEqualTo(WireFormat.readCreateUserPoolClientRequest(WireFormat.write(request)));
  }

  static Stream<String> singleMembers() {
    return TOP_LEVEL.stream().map(Member::path);
  }

  /** Booleans can only be told apart when set one at a time. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("booleanMembers")
  void readsEachBooleanIntoItsOwnMember(String path, CreateUserPoolClientRequest expected) {
    Map<String, Object> body = nest(Map.of(path, true));

    assertThat(WireFormat.readCreateUserPoolClientRequest(body)).isEqualTo(expected);
    assertThat(WireFormat.write(expected)).isEqualTo(body);
  }

  static Stream<Arguments> booleanMembers() {
    return Stream.of(
        Arguments.of(
            "GenerateSecret", CreateUserPoolClientRequest.builder().generateSecret(true).build()),
        Arguments.of(
            "AllowedOAuthFlowsUserPoolClient",
            CreateUserPoolClientRequest.builder().allowedOAuthFlowsUserPoolClient(true).build()),
        Arguments.of(
            "EnableTokenRevocation",
            CreateUserPoolClientRequest.builder().enableTokenRevocation(true).build()),
        Arguments.of(
            "EnablePropagateAdditionalUserContextData",
            CreateUserPoolClientRequest.builder()
                .enablePropagateAdditionalUserContextData(true)
                .build()),
        Arguments.of(
            "AnalyticsConfiguration.UserDataShared",
            CreateUserPoolClientRequest.builder()
                .analyticsConfiguration(
                    AnalyticsConfiguration.builder().userDataShared(true).build())
                .build()));
  }

  @Test
  void readsAnEmptyBodyAsAnEmptyRequestAndWritesItBackEmpty() {
    CreateUserPoolClientRequest request = WireFormat.readCreateUserPoolClientRequest(Map.of());

    assertThat(request).isEqualTo(CreateUserPoolClientRequest.builder().build());
    assertThat(WireFormat.write(request)).isEmpty();
  }

  // --- absent, null, empty -----------------------------------------------------------------

  @Test
  void keepsEmptyListsApartFromAbsentOnes() {
    Map<String, Object> body = new LinkedHashMap<>();
    LIST_MEMBERS.forEach(name -> body.put(name, List.of()));

    CreateUserPoolClientRequest request = WireFormat.readCreateUserPoolClientRequest(body);

    assertThat(request)
        .isEqualTo(
            CreateUserPoolClientRequest.builder()
                .readAttributes(ImmutableList.of())
                .writeAttributes(ImmutableList.of())
                .explicitAuthFlowsAsStrings(ImmutableList.of())
                .supportedIdentityProviders(ImmutableList.of())
                .callbackURLs(ImmutableList.of())
                .logoutURLs(ImmutableList.of())
                .allowedOAuthFlowsAsStrings(ImmutableList.of())
                .allowedOAuthScopes(ImmutableList.of())
                .build());
    assertThat(WireFormat.write(request)).isEqualTo(body);
    assertThat(WireFormat.readCreateUserPoolClientRequest(Map.of()).callbackURLs()).isEmpty();
  }

  @Test
  void keepsEmptyStructuresApartFromAbsentOnes() {
    Map<String, Object> body =
        Map.of("TokenValidityUnits", Map.of(), "AnalyticsConfiguration", Map.of());

    CreateUserPoolClientRequest request = WireFormat.readCreateUserPoolClientRequest(body);

    assertThat(request.tokenValidityUnits()).contains(TokenValidityUnits.builder().build());
    assertThat(request.analyticsConfiguration()).contains(AnalyticsConfiguration.builder().build());
    assertThat(request.refreshTokenRotation()).isEmpty();
    assertThat(WireFormat.write(request)).isEqualTo(body);
  }

  @Test
  void readsNullMembersAsAbsentAtEveryLevel() {
    Map<String, Object> body = new HashMap<>();
    body.put("UserPoolId", POOL_ID);
    body.put("ClientName", null);
    body.put("AccessTokenValidity", null);
    body.put("CallbackURLs", null);
    body.put("AnalyticsConfiguration", null);
    Map<String, Object> units = new HashMap<>();
    units.put("AccessToken", null);
    units.put("IdToken", "minutes");
    body.put("TokenValidityUnits", units);

    assertThat(WireFormat.readCreateUserPoolClientRequest(body))
        .isEqualTo(
            CreateUserPoolClientRequest.builder()
                .userPoolId(POOL_ID)
                .tokenValidityUnits(TokenValidityUnits.builder().idTokenAsString("minutes").build())
                .build());
  }

  // --- unknown members ---------------------------------------------------------------------

  @Test
  void ignoresUnknownMembersOfEveryKindAtTheTopLevel() {
    Map<Object, Object> body = new HashMap<>();
    body.put("UserPoolId", POOL_ID);
    body.put("ClientName", "web");
    body.put("ClientId", "org-name");
    body.put("Foo", "bar");
    body.put("Extra", Map.of("nested", List.of(1, 2, Map.of("x", true))));
    body.put("Number", 7);
    body.put("userPoolId", 5);
    body.put(42, "not a member name");
    body.put(null, "null key");

    assertThat(WireFormat.readCreateUserPoolClientRequest(asBody(body)))
        .isEqualTo(
            CreateUserPoolClientRequest.builder().userPoolId(POOL_ID).clientName("web").build());
  }

  @Test
  void ignoresUnknownMembersInsideStructures() {
    Map<Object, Object> units = new HashMap<>();
    units.put("AccessToken", "minutes");
    units.put("Weeks", "never");
    units.put(1, 2);
    Map<String, Object> body =
        Map.of(
            "TokenValidityUnits",
            units,
            "AnalyticsConfiguration",
            Map.of("ApplicationArn", "arn:x", "Region", 7),
            "RefreshTokenRotation",
            Map.of("Feature", "DISABLED", "Extra", List.of()));

    CreateUserPoolClientRequest request = WireFormat.readCreateUserPoolClientRequest(body);

    assertThat(request)
        .isEqualTo(
            CreateUserPoolClientRequest.builder()
                .tokenValidityUnits(
                    TokenValidityUnits.builder().accessTokenAsString("minutes").build())
                .analyticsConfiguration(
                    AnalyticsConfiguration.builder().applicationArn("arn:x").build())
                .refreshTokenRotation(
                    RefreshTokenRotation.builder().featureAsString("DISABLED").build())
                .build());
    assertThat(WireFormat.write(request).get("TokenValidityUnits"))
        .isEqualTo(Map.of("AccessToken", "minutes"));
  }

  // --- wrong kinds -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} given {1}")
  @MethodSource("wrongKinds")
  void rejectsAMemberOfTheWrongKind(Member member, String sampleKind, Object value) {
    assertSerializationError(
        nest(Map.of(member.path(), value)),
        "Unexpected value type for member '" + member.path() + "': expected " + member.kind());
  }

  /** Every member, top-level and nested, with every sample of another kind. */
  static Stream<Arguments> wrongKinds() {
    return Stream.concat(TOP_LEVEL.stream(), LEAVES.stream())
        .distinct()
        .flatMap(
            member ->
                SAMPLES.entrySet().stream()
                    .filter(sample -> !sample.getKey().equals(member.kind()))
                    .map(sample -> Arguments.of(member, sample.getKey(), sample.getValue())));
  }

  @Test
  void coversEveryMemberAndNestedMemberInTheWrongKindTest() {
    assertThat(wrongKinds().map(arguments -> arguments.get()[0]).distinct()).hasSize(34);
  }

  @ParameterizedTest(name = "{0}[1] = {1}")
  @MethodSource("badListItems")
  void rejectsAListItemThatIsNotAString(String list, Object item) {
    assertSerializationError(
        Map.of(list, Arrays.asList("fine", item, "also fine")),
        "Unexpected value type for member '" + list + "[1]': expected string");
  }

  static Stream<Arguments> badListItems() {
    List<Object> items = new ArrayList<>(SAMPLES.values());
    items.remove("60");
    items.add(null);
    return LIST_MEMBERS.stream().flatMap(list -> items.stream().map(i -> Arguments.of(list, i)));
  }

  @Test
  void namesTheListItemByItsZeroBasedIndex() {
    assertSerializationError(
        Map.of("CallbackURLs", Arrays.asList(null, "https://example.com")),
        "Unexpected value type for member 'CallbackURLs[0]': expected string");
    assertSerializationError(
        Map.of("CallbackURLs", List.of("a", "b", 42)),
        "Unexpected value type for member 'CallbackURLs[2]': expected string");
  }

  @Test
  void namesTheFirstBadItemOfAList() {
    assertSerializationError(
        Map.of("LogoutURLs", Arrays.asList("a", 1, null, true)),
        "Unexpected value type for member 'LogoutURLs[1]': expected string");
  }

  @Test
  void reportsAListItemBeforeALaterMember() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("LogoutURLs", "not a list");
    body.put("CallbackURLs", List.of("a", 1));

    assertSerializationError(
        body, "Unexpected value type for member 'CallbackURLs[1]': expected string");
  }

  @Test
  void rejectsTheConformanceCaseValues() {
    assertSerializationError(
        Map.of("AccessTokenValidity", "60"),
        "Unexpected value type for member 'AccessTokenValidity': expected integer");
    assertSerializationError(
        Map.of("GenerateSecret", "yes"),
        "Unexpected value type for member 'GenerateSecret': expected boolean");
    assertSerializationError(
        Map.of("EnableTokenRevocation", 1),
        "Unexpected value type for member 'EnableTokenRevocation': expected boolean");
    assertSerializationError(
        Map.of("CallbackURLs", Map.of("url", "https://example.com/callback")),
        "Unexpected value type for member 'CallbackURLs': expected list");
    assertSerializationError(
        Map.of("TokenValidityUnits", "hours"),
        "Unexpected value type for member 'TokenValidityUnits': expected structure");
    assertSerializationError(
        Map.of("TokenValidityUnits", Map.of("AccessToken", 5)),
        "Unexpected value type for member 'TokenValidityUnits.AccessToken': expected string");
  }

  @Test
  void acceptsOnlyTheExactJavaTypesOfEachKind() {
    assertSerializationError(
        Map.of("ClientName", new StringBuilder("web")),
        "Unexpected value type for member 'ClientName': expected string");
    assertSerializationError(
        Map.of("ClientName", 'w'),
        "Unexpected value type for member 'ClientName': expected string");
    assertSerializationError(
        Map.of("CallbackURLs", new String[] {"https://example.com"}),
        "Unexpected value type for member 'CallbackURLs': expected list");
    assertSerializationError(
        Map.of("CallbackURLs", Stream.of("a")),
        "Unexpected value type for member 'CallbackURLs': expected list");
    assertSerializationError(
        Map.of("TokenValidityUnits", Optional.of(Map.of())),
        "Unexpected value type for member 'TokenValidityUnits': expected structure");
    assertSerializationError(
        Map.of("AccessTokenValidity", '6'),
        "Unexpected value type for member 'AccessTokenValidity': expected integer");
  }

  // --- which member is named ---------------------------------------------------------------

  /**
   * With members {@code i..n} all wrong, member {@code i} is named; the body is built in reverse
   * order, so the answer cannot come from the map's iteration order.
   */
  @ParameterizedTest(name = "first wrong: {0}")
  @MethodSource("leafSuffixes")
  void namesTheFirstWrongLeafInMemberTableOrder(Member first, List<Member> wrong) {
    Map<String, Object> flat = new LinkedHashMap<>();
    Lists.reverse(wrong).forEach(member -> flat.put(member.path(), wrongValue(member.kind())));

    assertSerializationError(
        nest(flat),
        "Unexpected value type for member '" + first.path() + "': expected " + first.kind());
  }

  static Stream<Arguments> leafSuffixes() {
    return suffixes(LEAVES);
  }

  @ParameterizedTest(name = "first wrong: {0}")
  @MethodSource("topLevelSuffixes")
  void namesTheFirstWrongTopLevelMemberInMemberTableOrder(Member first, List<Member> wrong) {
    Map<String, Object> body = new LinkedHashMap<>();
    Lists.reverse(wrong).forEach(member -> body.put(member.path(), wrongValue(member.kind())));

    assertSerializationError(
        body, "Unexpected value type for member '" + first.path() + "': expected " + first.kind());
  }

  static Stream<Arguments> topLevelSuffixes() {
    return suffixes(TOP_LEVEL);
  }

  private static Stream<Arguments> suffixes(ImmutableList<Member> members) {
    return IntStream.range(0, members.size())
        .mapToObj(i -> Arguments.of(members.get(i), members.subList(i, members.size())));
  }

  @Test
  void namesANestedMemberBeforeALaterTopLevelMember() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ReadAttributes", "email");
    body.put("TokenValidityUnits", Map.of("IdToken", 1, "RefreshToken", false));

    assertSerializationError(
        body, "Unexpected value type for member 'TokenValidityUnits.IdToken': expected string");
  }

  // --- the input ---------------------------------------------------------------------------

  @Test
  void leavesTheInputUntouchedEvenAnAccessOrderedMap() {
    Map<String, Object> units = new LinkedHashMap<>(16, 0.75f, true);
    units.put("RefreshToken", "days");
    units.put("AccessToken", "minutes");
    Map<String, Object> body = new LinkedHashMap<>(16, 0.75f, true);
    body.put("Unknown", List.of(1));
    body.put("CallbackURLs", new ArrayList<>(List.of("https://b", "https://a")));
    body.put("TokenValidityUnits", units);
    body.put("ClientName", "web");
    body.put("UserPoolId", POOL_ID);
    Map<String, Object> copy = deepCopy(body);
    List<String> order = List.copyOf(body.keySet());
    List<String> unitsOrder = List.copyOf(units.keySet());

    WireFormat.readCreateUserPoolClientRequest(body);

    assertThat(body).isEqualTo(copy);
    assertThat(body.keySet()).containsExactlyElementsOf(order);
    assertThat(units.keySet()).containsExactlyElementsOf(unitsOrder);
  }

  @Test
  @SuppressWarnings("IdentityHashMapUsage") // deliberately handed over as a plain Map
  void readsMembersByEqualNamesWhateverTheMapsLookup() {
    Map<String, Object> identity = new IdentityHashMap<>();
    identity.put(new String("ClientName"), "web");
    Map<String, Object> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.put("clientname", "web");

    assertThat(WireFormat.readCreateUserPoolClientRequest(identity).clientName()).contains("web");
    assertThat(WireFormat.readCreateUserPoolClientRequest(caseInsensitive).clientName()).isEmpty();
  }

  @Test
  void readsAnUnmodifiableBody() {
    Map<String, Object> body =
        Collections.unmodifiableMap(new HashMap<>(Map.of("UserPoolId", POOL_ID)));

    assertThat(WireFormat.readCreateUserPoolClientRequest(body).userPoolId()).contains(POOL_ID);
  }

  @Test
  void rejectsNullArgumentsOfEveryPublicMethod() {
    new NullPointerTester().testAllPublicStaticMethods(WireFormat.class);
  }

  // --- errors ------------------------------------------------------------------------------

  @Test
  void writesAnErrorBodyWithTypeAndMessage() {
    CognitoException error =
        new CognitoException(ErrorType.INVALID_PARAMETER, "Invalid range for token validity.");

    Map<String, Object> written = WireFormat.write(error);

    assertThat(written)
        .isEqualTo(
            ImmutableMap.of(
                "__type", "InvalidParameterException",
                "message", "Invalid range for token validity."));
    assertThat(written.keySet()).containsExactly("__type", "message");
  }

  @Test
  void writesTheBodyOfAWireDecodingError() {
    CognitoException error =
        catchThrowableOfType(
            CognitoException.class,
            () -> WireFormat.readCreateUserPoolClientRequest(Map.of("GenerateSecret", "yes")));

    assertThat(WireFormat.write(error))
        .isEqualTo(
            ImmutableMap.of(
                "__type", "SerializationException",
                "message", "Unexpected value type for member 'GenerateSecret': expected boolean"));
  }

  // --- helpers -----------------------------------------------------------------------------

  static void assertSerializationError(Map<String, ?> body, String message) {
    assertThatThrownBy(() -> WireFormat.readCreateUserPoolClientRequest(body))
        .isInstanceOfSatisfying(
            CognitoException.class,
            e -> {
              assertThat(e.errorType()).isEqualTo(ErrorType.SERIALIZATION);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  /** Returns a value that is not of {@code kind}. */
  static Object wrongValue(String kind) {
    return kind.equals("string") ? 5 : "x";
  }

  /** Turns {@code {"A.B": v}} into {@code {"A": {"B": v}}}, keeping insertion order. */
  static Map<String, Object> nest(Map<String, ?> flat) {
    Map<String, Object> body = new LinkedHashMap<>();
    flat.forEach(
        (path, value) -> {
          int dot = path.indexOf('.');
          if (dot < 0) {
            body.put(path, value);
          } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> nested =
                (Map<String, Object>)
                    body.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>());
            nested.put(path.substring(dot + 1), value);
          }
        });
    return body;
  }

  /** Returns the keys of a written structure, in order. */
  static List<Object> keysOf(@Nullable Object structure) {
    if (!(structure instanceof ImmutableMap<?, ?> map)) {
      throw new AssertionError("not an ImmutableMap: " + structure);
    }
    return List.copyOf(map.keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> asBody(Map<Object, Object> map) {
    return (Map<String, ?>) (Map<?, ?>) map;
  }

  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          @SuppressWarnings("unchecked")
          Object value =
              v instanceof Map<?, ?> m
                  ? deepCopy((Map<String, Object>) m)
                  : v instanceof List<?> l ? new ArrayList<>(l) : v;
          copy.put(k, value);
        });
    return copy;
  }
}
