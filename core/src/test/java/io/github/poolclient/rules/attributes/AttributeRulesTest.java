package io.github.poolclient.rules.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.SchemaAttribute;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.rules.SemanticRule;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AttributeRulesTest {

  private static final String READ_MESSAGE =
      "Invalid read attributes specified while creating a client";
  private static final String WRITE_MESSAGE =
      "Invalid write attributes specified while creating a client";

  private static final Violation UNKNOWN_READ =
      Violation.of(
          "ATTR-04", Stage.SEMANTIC, "readAttributes", ErrorType.INVALID_PARAMETER, READ_MESSAGE);
  private static final Violation NOT_WRITABLE =
      Violation.of(
          "ATTR-03", Stage.SEMANTIC, "writeAttributes", ErrorType.INVALID_PARAMETER, WRITE_MESSAGE);
  private static final Violation UNKNOWN_WRITE =
      Violation.of(
          "ATTR-04", Stage.SEMANTIC, "writeAttributes", ErrorType.INVALID_PARAMETER, WRITE_MESSAGE);
  private static final Violation MISSING_REQUIRED =
      Violation.of(
          "ATTR-02", Stage.SEMANTIC, "writeAttributes", ErrorType.INVALID_PARAMETER, WRITE_MESSAGE);

  /** A pool like the conformance cases': required email, custom and developer-only attributes. */
  private static final UserPoolContext POOL =
      Fixtures.pool()
          .addSchemaAttributes(
              SchemaAttribute.builder().name("email").required(true).build(),
              SchemaAttribute.builder().name("custom:tenant").mutable(false).build(),
              SchemaAttribute.of("custom:plan"),
              SchemaAttribute.of("dev:custom:legacyId"))
          .build();

  /** The rules in catalogue 12.1 order: ATTR-04 (read), ATTR-03, ATTR-04 (write), ATTR-02. */
  private static final ImmutableList<SemanticRule> CHAIN =
      ImmutableList.of(
          new ReadAttributesKnownRule(),
          new WriteAttributesWritableRule(),
          new WriteAttributesKnownRule(),
          new WriteAttributesRequiredRule());

  private static CreateUserPoolClientRequest read(String... names) {
    return Fixtures.request().readAttributes(ImmutableList.copyOf(names)).build();
  }

  private static CreateUserPoolClientRequest write(String... names) {
    return Fixtures.request().writeAttributes(ImmutableList.copyOf(names)).build();
  }

  private static ImmutableList<Violation> chain(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return CHAIN.stream()
        .flatMap(rule -> rule.check(request, pool).stream())
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void chainDeclaresCatalogueOrder() {
    assertThat(CHAIN.stream().flatMap(rule -> rule.descriptors().stream()))
        .extracting(RuleDescriptor::id, RuleDescriptor::errorType)
        .containsExactly(
            tuple("ATTR-04", ErrorType.INVALID_PARAMETER),
            tuple("ATTR-03", ErrorType.INVALID_PARAMETER),
            tuple("ATTR-04", ErrorType.INVALID_PARAMETER),
            tuple("ATTR-02", ErrorType.INVALID_PARAMETER));
    assertThat(CHAIN.stream().flatMap(rule -> rule.descriptors().stream()))
        .allSatisfy(d -> assertThat(d.stage()).isEqualTo(Stage.SEMANTIC));
  }

  @Test
  void passesWhenBothListsAreAbsent() {
    assertThat(unindexed(chain(Fixtures.request().build(), POOL))).isEmpty();
  }

  @Test
  void passesEmptyListsEvenWhenThePoolRequiresAnAttribute() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .readAttributes(ImmutableList.of())
            .writeAttributes(ImmutableList.of())
            .build();

    assertThat(unindexed(chain(request, POOL))).isEmpty();
  }

  @Test
  void reportsTheReadListBeforeTheWriteList() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .readAttributes(ImmutableList.of("shoe_size"))
            .writeAttributes(ImmutableList.of("sub"))
            .build();

    assertThat(unindexed(chain(request, Fixtures.pool().build())))
        .containsExactly(UNKNOWN_READ, NOT_WRITABLE);
  }

  @Test
  void reportsAnUnlistedDeveloperOnlyWriteAttributeAsNotWritableFirst() {
    assertThat(unindexed(chain(write("email", "dev:custom:other"), POOL)))
        .containsExactly(NOT_WRITABLE, UNKNOWN_WRITE);
  }

  @Nested
  final class ReadAttributesKnown {
    private final ReadAttributesKnownRule rule = new ReadAttributesKnownRule();

    @Test
    void acceptsStandardCustomImmutableAndDeveloperOnlyAttributes() {
      assertThat(
              unindexed(
                  rule.check(
                      read(
                          "custom:tenant",
                          "custom:plan",
                          "dev:custom:legacyId",
                          "email_verified",
                          "phone_number_verified",
                          "sub",
                          "identities",
                          "given_name"),
                      POOL)))
          .isEmpty();
    }

    @Test
    void acceptsEveryStandardAttributeOfAPoolWithoutSchema() {
      CreateUserPoolClientRequest request =
          Fixtures.request().readAttributes(UserPoolContext.STANDARD_ATTRIBUTES.asList()).build();

      assertThat(unindexed(rule.check(request, Fixtures.pool().build()))).isEmpty();
    }

    @Test
    void acceptsAReadListWithoutTheRequiredAttribute() {
      assertThat(unindexed(chain(read("given_name"), POOL))).isEmpty();
    }

    @Test
    void passesAnAbsentOrEmptyList() {
      assertThat(unindexed(rule.check(Fixtures.request().build(), POOL))).isEmpty();
      assertThat(unindexed(rule.check(read(), POOL))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "shoe_size",
          "tenant",
          "custom:missing",
          "dev:custom:other",
          "Email",
          "custom:Tenant",
          "custom:"
        })
    void rejectsANameThePoolDoesNotHave(String name) {
      assertThat(unindexed(rule.check(read("email", name), POOL))).containsExactly(UNKNOWN_READ);
    }

    @Test
    void rejectsACustomAttributeOfAPoolWithoutSchema() {
      assertThat(unindexed(rule.check(read("custom:tenant"), Fixtures.pool().build())))
          .containsExactly(UNKNOWN_READ);
    }

    @Test
    void reportsEachUnknownNameOnce() {
      assertThat(unindexed(rule.check(read("a", "email", "b", "a", "b"), POOL)))
          .containsExactly(UNKNOWN_READ, UNKNOWN_READ);
    }

    @Test
    void reportsModelInvalidNamesWithoutThrowing() {
      assertThat(unindexed(rule.check(read("", "x".repeat(3000)), POOL)))
          .containsExactly(UNKNOWN_READ, UNKNOWN_READ);
    }

    @Test
    void ignoresTheWriteList() {
      assertThat(unindexed(rule.check(write("shoe_size"), POOL))).isEmpty();
    }
  }

  @Nested
  final class WriteAttributesWritable {
    private final WriteAttributesWritableRule rule = new WriteAttributesWritableRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "sub",
          "email_verified",
          "phone_number_verified",
          "identities",
          "dev:custom:legacyId",
          "dev:custom:other"
        })
    void rejectsANameNoClientMayWrite(String name) {
      assertThat(unindexed(rule.check(write("email", name), POOL))).containsExactly(NOT_WRITABLE);
    }

    @Test
    void acceptsWritableStandardAndCustomAttributesIncludingImmutableOnes() {
      assertThat(
              unindexed(
                  rule.check(
                      write(
                          "email",
                          "phone_number",
                          "updated_at",
                          "custom:tenant",
                          "custom:plan",
                          "given_name"),
                      POOL)))
          .isEmpty();
    }

    @Test
    void comparesNamesCaseSensitively() {
      // "Sub" is not the read-only "sub"; it is an unknown attribute instead (ATTR-04).
      assertThat(unindexed(rule.check(write("Sub", "Email_verified"), POOL))).isEmpty();
      assertThat(unindexed(chain(write("email", "Sub"), POOL))).containsExactly(UNKNOWN_WRITE);
    }

    @Test
    void reportsEachReadOnlyNameOnce() {
      assertThat(unindexed(rule.check(write("sub", "email", "sub", "identities"), POOL)))
          .containsExactly(NOT_WRITABLE, NOT_WRITABLE);
    }

    @Test
    void ignoresTheReadList() {
      assertThat(unindexed(rule.check(read("sub", "dev:custom:legacyId"), POOL))).isEmpty();
    }

    @Test
    void passesAnAbsentOrEmptyList() {
      assertThat(unindexed(rule.check(Fixtures.request().build(), POOL))).isEmpty();
      assertThat(unindexed(rule.check(write(), POOL))).isEmpty();
    }
  }

  @Nested
  final class WriteAttributesKnown {
    private final WriteAttributesKnownRule rule = new WriteAttributesKnownRule();

    @ParameterizedTest
    @ValueSource(strings = {"custom:missing", "shoe_size", "tenant", "Email", "dev:custom:other"})
    void rejectsANameThePoolDoesNotHave(String name) {
      assertThat(unindexed(rule.check(write("email", name), POOL))).containsExactly(UNKNOWN_WRITE);
    }

    @Test
    void acceptsStandardAndSchemaAttributes() {
      assertThat(
              unindexed(
                  rule.check(write("email", "custom:tenant", "custom:plan", "given_name"), POOL)))
          .isEmpty();
    }

    @Test
    void leavesAListedDeveloperOnlyAttributeToTheWritabilityRule() {
      assertThat(unindexed(rule.check(write("email", "dev:custom:legacyId"), POOL))).isEmpty();
      assertThat(unindexed(chain(write("email", "dev:custom:legacyId"), POOL)))
          .containsExactly(NOT_WRITABLE);
    }

    @Test
    void reportsEachUnknownNameOnceWithoutThrowingOnModelInvalidNames() {
      String longName = "y".repeat(3000);
      assertThat(unindexed(rule.check(write("", "email", longName, "", longName), POOL)))
          .containsExactly(UNKNOWN_WRITE, UNKNOWN_WRITE);
    }

    @Test
    void ignoresTheReadList() {
      assertThat(unindexed(rule.check(read("shoe_size"), POOL))).isEmpty();
    }
  }

  @Nested
  final class WriteAttributesRequired {
    private final WriteAttributesRequiredRule rule = new WriteAttributesRequiredRule();

    @Test
    void rejectsAWriteListWithoutTheRequiredStandardAttribute() {
      assertThat(unindexed(rule.check(write("name"), POOL))).containsExactly(MISSING_REQUIRED);
    }

    @Test
    void acceptsAWriteListWithTheRequiredStandardAttribute() {
      assertThat(unindexed(rule.check(write("email", "name"), POOL))).isEmpty();
      assertThat(unindexed(chain(write("email", "custom:tenant", "custom:plan"), POOL))).isEmpty();
    }

    @Test
    void passesAnAbsentOrEmptyList() {
      assertThat(unindexed(rule.check(Fixtures.request().build(), POOL))).isEmpty();
      assertThat(unindexed(rule.check(write(), POOL))).isEmpty();
    }

    @Test
    void passesAnyWriteListWhenNothingIsRequired() {
      assertThat(unindexed(rule.check(write("name"), Fixtures.pool().build()))).isEmpty();
    }

    @Test
    void demandsARequiredCustomAttribute() {
      UserPoolContext pool =
          Fixtures.pool()
              .addSchemaAttributes(
                  SchemaAttribute.builder().name("email").required(true).build(),
                  SchemaAttribute.builder().name("custom:department").required(true).build())
              .build();

      assertThat(unindexed(rule.check(write("email"), pool))).containsExactly(MISSING_REQUIRED);
      assertThat(unindexed(rule.check(write("custom:department", "email"), pool))).isEmpty();
    }

    @Test
    void reportsSeveralMissingAttributesAsOneViolation() {
      UserPoolContext pool =
          Fixtures.pool()
              .addSchemaAttributes(
                  SchemaAttribute.builder().name("email").required(true).build(),
                  SchemaAttribute.builder().name("phone_number").required(true).build())
              .build();

      assertThat(unindexed(rule.check(write("name"), pool))).containsExactly(MISSING_REQUIRED);
      assertThat(unindexed(rule.check(write("email"), pool))).containsExactly(MISSING_REQUIRED);
      assertThat(unindexed(rule.check(write("phone_number", "email"), pool))).isEmpty();
    }

    @Test
    void comparesNamesCaseSensitively() {
      assertThat(unindexed(rule.check(write("Email"), POOL))).containsExactly(MISSING_REQUIRED);
    }

    @Test
    void acceptsARepeatedRequiredAttribute() {
      assertThat(unindexed(rule.check(write("email", "email"), POOL))).isEmpty();
    }

    @Test
    void doesNotDemandRequiredAttributesThatNoClientMayWrite() {
      // DescribeUserPool reports sub as required; a developer-only attribute can't be written.
      UserPoolContext pool =
          Fixtures.pool()
              .addSchemaAttributes(
                  SchemaAttribute.builder().name("sub").required(true).mutable(false).build(),
                  SchemaAttribute.builder().name("dev:custom:legacyId").required(true).build(),
                  SchemaAttribute.builder().name("email").required(true).build())
              .build();

      assertThat(unindexed(rule.check(write("email"), pool))).isEmpty();
      assertThat(unindexed(rule.check(write("name"), pool))).containsExactly(MISSING_REQUIRED);
    }

    @Test
    void judgesTheWriteListEvenWhenItAlsoNamesBadAttributes() {
      assertThat(unindexed(chain(write("sub"), POOL)))
          .containsExactly(NOT_WRITABLE, MISSING_REQUIRED);
      assertThat(unindexed(chain(write("email", "sub"), POOL))).containsExactly(NOT_WRITABLE);
    }

    @Test
    void ignoresTheReadList() {
      CreateUserPoolClientRequest request =
          Fixtures.request()
              .readAttributes(ImmutableList.of("name"))
              .writeAttributes(Optional.empty())
              .build();

      assertThat(unindexed(rule.check(request, POOL))).isEmpty();
    }
  }

  /**
   * Returns the violations without their indexed paths and values, which ViolationPathsTest covers.
   */
  private static ImmutableList<Violation> unindexed(ImmutableList<Violation> violations) {
    return violations.stream()
        .map(v -> v.withPath(v.field()).withValue(java.util.Optional.empty()))
        .collect(ImmutableList.toImmutableList());
  }
}
