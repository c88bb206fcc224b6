package io.github.poolclient.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SchemaAttributeTest {

  @Test
  void recognisesDeveloperOnlyAttributesByTheirPrefix() {
    assertThat(SchemaAttribute.builder().name("dev:custom:tier").build().developerOnly()).isTrue();
    assertThat(SchemaAttribute.builder().name("custom:tier").build().developerOnly()).isFalse();
    assertThat(SchemaAttribute.builder().name("dev:tier").build().developerOnly()).isFalse();
    assertThat(SchemaAttribute.builder().name("email").build().developerOnly()).isFalse();
  }

  @Test
  void defaultsToAnOptionalMutableAttribute() {
    SchemaAttribute attribute = SchemaAttribute.builder().name("custom:tier").build();

    assertThat(attribute.required()).isFalse();
    assertThat(attribute.mutable()).isTrue();
    assertThat(attribute.attributeDataType()).isEmpty();
  }
}
