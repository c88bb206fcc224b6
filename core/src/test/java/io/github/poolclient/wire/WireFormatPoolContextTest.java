package io.github.poolclient.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.UserPoolTierType;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the user pool context in the conformance README's shape. */
final class WireFormatPoolContextTest {

  /** The README's example pool. */
  private static Map<String, Object> readmePool() {
    return Map.of(
        "Id",
        "us-east-1_Example02",
        "UserPoolTier",
        "PLUS",
        "SchemaAttributes",
        List.of(
            Map.of("Name", "email", "Required", true),
            Map.of("Name", "custom:tenant", "Mutable", false),
            Map.of("Name", "dev:custom:legacyId"),
            Map.of(
                "Name",
                "custom:age",
                "Required",
                false,
                "Mutable",
                true,
                "AttributeDataType",
                "Number")),
        "IdentityProviders",
        List.of("Google", "CorpSAML"),
        "ResourceServers",
        List.of(
            Map.of(
                "Identifier",
                "https://api.example.com",
                "Scopes",
                List.of(Map.of("ScopeName", "read"), Map.of("ScopeName", "write")))),
        "ClientCount",
        7,
        "ClientLimit",
        10,
        "AccountId",
        "210987654321");
  }

  @Test
  void readsAnEmptyPoolWithTheReadmeDefaults() {
    UserPoolContext pool = WireFormat.readUserPoolContext(Map.of());

    assertThat(pool).isEqualTo(Fixtures.pool().build());
    assertThat(pool.id()).isEqualTo("us-east-1_Example01");
    assertThat(pool.userPoolTier()).isEqualTo(UserPoolTierType.ESSENTIALS);
    assertThat(pool.schemaAttributes()).isEmpty();
    assertThat(pool.requiredAttributes()).isEmpty();
    assertThat(pool.identityProviders()).isEmpty();
    assertThat(pool.hasIdentityProvider("COGNITO")).isTrue();
    assertThat(pool.resourceServers()).isEmpty();
    assertThat(pool.clientCount()).isZero();
    assertThat(pool.clientLimit()).isEqualTo(1000);
    assertThat(pool.accountId()).isEqualTo("123456789012");
  }

  @Test
  void readsEveryMemberOfTheReadmeShape() {
    assertThat(WireFormat.readUserPoolContext(readmePool()))
        .isEqualTo(
            UserPoolContext.builder()
                .id("us-east-1_Example02")
                .userPoolTier(UserPoolTierType.PLUS)
                .addSchemaAttributes(
                    SchemaAttribute.builder().name("email").required(true).build(),
                    SchemaAttribute.builder().name("custom:tenant").mutable(false).build(),
                    SchemaAttribute.of("dev:custom:legacyId"),
                    SchemaAttribute.builder()
                        .name("custom:age")
                        .required(false)
                        .mutable(true)
                        .attributeDataType("Number")
                        .build())
                .identityProviders(ImmutableSet.of("Google", "CorpSAML"))
                .addResourceServers(
                    ResourceServer.of("https://api.example.com", ImmutableList.of("read", "write")))
                .clientCount(7)
                .clientLimit(10)
                .accountId("210987654321")
                .build());
  }

  @ParameterizedTest
  @EnumSource(
      value = UserPoolTierType.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = "UNKNOWN_TO_SDK_VERSION")
  void readsEveryKnownTier(UserPoolTierType tier) {
    assertThat(
            WireFormat.readUserPoolContext(Map.of("UserPoolTier", tier.toString())).userPoolTier())
        .isEqualTo(tier);
  }

  @ParameterizedTest
  @MethodSource("unknownTiers")
  void rejectsAnUnknownTierListingTheKnownOnes(String tier) {
    assertPoolError(
        Map.of("UserPoolTier", tier),
        "Unexpected value '"
            + tier
            + "' for member 'UserPoolTier': expected one of LITE, ESSENTIALS, PLUS");
  }

  static Stream<String> unknownTiers() {
    return Stream.of("GOLD", "lite", "Essentials", "", "UNKNOWN_TO_SDK_VERSION");
  }

  @Test
  void readsNullMembersAsAbsent() {
    Map<String, Object> pool = new HashMap<>();
    pool.put("Id", null);
    pool.put("UserPoolTier", null);
    pool.put("ClientLimit", null);
    Map<String, Object> attribute = new HashMap<>();
    attribute.put("Name", "custom:tenant");
    attribute.put("Required", null);
    pool.put("SchemaAttributes", List.of(attribute));

    assertThat(WireFormat.readUserPoolContext(pool))
        .isEqualTo(
            Fixtures.pool().addSchemaAttributes(SchemaAttribute.of("custom:tenant")).build());
  }

  @Test
  void ignoresUnknownMembersAtEveryLevel() {
    Map<String, Object> pool =
        Map.of(
            "Id",
            "us-east-1_Example01",
            "Status",
            "Enabled",
            "SchemaAttributes",
            List.of(
                Map.of(
                    "Name",
                    "custom:tenant",
                    "DeveloperOnlyAttribute",
                    false,
                    "StringAttributeConstraints",
                    Map.of("MaxLength", "256"))),
            "ResourceServers",
            List.of(
                Map.of(
                    "Identifier",
                    "https://api.example.com",
                    "Name",
                    "api",
                    "Scopes",
                    List.of(Map.of("ScopeName", "read", "ScopeDescription", "Read")))));

    assertThat(WireFormat.readUserPoolContext(pool))
        .isEqualTo(
            Fixtures.pool()
                .addSchemaAttributes(SchemaAttribute.of("custom:tenant"))
                .addResourceServers(
                    ResourceServer.of("https://api.example.com", ImmutableList.of("read")))
                .build());
  }

  @Test
  void readsAResourceServerWithoutScopes() {
    assertThat(
            WireFormat.readUserPoolContext(
                    Map.of("ResourceServers", List.of(Map.of("Identifier", "urn:api"))))
                .resourceServers())
        .containsExactly(ResourceServer.of("urn:api", ImmutableList.of()));
  }

  @Test
  void collapsesDuplicateIdentityProviders() {
    assertThat(
            WireFormat.readUserPoolContext(
                    Map.of("IdentityProviders", List.of("Google", "Google", "CorpSAML")))
                .identityProviders())
        .containsExactly("Google", "CorpSAML");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("wrongKinds")
  void rejectsAMemberOfTheWrongKind(Map<String, Object> pool, String message) {
    assertPoolError(pool, message);
  }

  static Stream<Arguments> wrongKinds() {
    return Stream.of(
        wrong(Map.of("Id", 5), "Id", "string"),
        wrong(Map.of("UserPoolTier", List.of("LITE")), "UserPoolTier", "string"),
        wrong(Map.of("SchemaAttributes", Map.of("Name", "email")), "SchemaAttributes", "list"),
        wrong(Map.of("SchemaAttributes", List.of("email")), "SchemaAttributes[0]", "structure"),
        wrong(
            Map.of("SchemaAttributes", List.of(Map.of("Name", "email"), Map.of("Name", 5))),
            "SchemaAttributes[1].Name",
            "string"),
        wrong(
            Map.of("SchemaAttributes", List.of(Map.of("Name", "email", "Required", "true"))),
            "SchemaAttributes[0].Required",
            "boolean"),
        wrong(
            Map.of("SchemaAttributes", List.of(Map.of("Name", "email", "Mutable", 0))),
            "SchemaAttributes[0].Mutable",
            "boolean"),
        wrong(
            Map.of("SchemaAttributes", List.of(Map.of("Name", "n", "AttributeDataType", 1))),
            "SchemaAttributes[0].AttributeDataType",
            "string"),
        wrong(Map.of("IdentityProviders", "Google"), "IdentityProviders", "list"),
        wrong(
            Map.of("IdentityProviders", Arrays.asList("Google", null)),
            "IdentityProviders[1]",
            "string"),
        wrong(Map.of("ResourceServers", Map.of()), "ResourceServers", "list"),
        wrong(
            Map.of("ResourceServers", List.of(Map.of("Identifier", List.of()))),
            "ResourceServers[0].Identifier",
            "string"),
        wrong(
            Map.of("ResourceServers", List.of(Map.of("Identifier", "urn:api", "Scopes", "read"))),
            "ResourceServers[0].Scopes",
            "list"),
        wrong(
            Map.of(
                "ResourceServers",
                List.of(Map.of("Identifier", "urn:api", "Scopes", List.of("read")))),
            "ResourceServers[0].Scopes[0]",
            "structure"),
        wrong(
            Map.of(
                "ResourceServers",
                List.of(
                    Map.of("Identifier", "urn:a"),
                    Map.of(
                        "Identifier",
                        "urn:b",
                        "Scopes",
                        List.of(Map.of("ScopeName", "read"), Map.of("ScopeName", 2))))),
            "ResourceServers[1].Scopes[1].ScopeName",
            "string"),
        wrong(Map.of("ClientCount", "0"), "ClientCount", "integer"),
        wrong(Map.of("ClientCount", 0.5), "ClientCount", "integer"),
        wrong(Map.of("ClientLimit", 2147483648L), "ClientLimit", "integer"),
        wrong(Map.of("AccountId", 123456789012L), "AccountId", "string"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("missingNames")
  void rejectsAnEntryWithoutItsName(Map<String, Object> pool, String path) {
    assertPoolError(pool, "Missing value for required member '" + path + "'");
  }

  static Stream<Arguments> missingNames() {
    Map<String, Object> nullName = new HashMap<>();
    nullName.put("Name", null);
    return Stream.of(
        Arguments.of(
            Map.of("SchemaAttributes", List.of(Map.of("Required", true))),
            "SchemaAttributes[0].Name"),
        Arguments.of(Map.of("SchemaAttributes", List.of(nullName)), "SchemaAttributes[0].Name"),
        Arguments.of(
            Map.of("ResourceServers", List.of(Map.of("Scopes", List.of()))),
            "ResourceServers[0].Identifier"),
        Arguments.of(
            Map.of(
                "ResourceServers",
                List.of(
                    Map.of(
                        "Identifier",
                        "urn:api",
                        "Scopes",
                        List.of(Map.of("ScopeDescription", "x"))))),
            "ResourceServers[0].Scopes[0].ScopeName"));
  }

  @Test
  void namesTheFirstMalformedMemberInShapeOrder() {
    Map<String, Object> pool = new LinkedHashMap<>();
    pool.put("AccountId", 1);
    pool.put("ClientCount", "x");
    pool.put("UserPoolTier", "GOLD");

    assertPoolError(
        pool,
        "Unexpected value 'GOLD' for member 'UserPoolTier': expected one of LITE, ESSENTIALS, PLUS");
  }

  private static Arguments wrong(Map<String, Object> pool, String path, String kind) {
    return Arguments.of(pool, "Unexpected value type for member '" + path + "': expected " + kind);
  }

  private static void assertPoolError(Map<String, ?> pool, String message) {
    assertThatThrownBy(() -> WireFormat.readUserPoolContext(pool))
        .isInstanceOfSatisfying(
            CognitoException.class,
            e -> {
              assertThat(e.errorType()).isEqualTo(ErrorType.SERIALIZATION);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }
}
