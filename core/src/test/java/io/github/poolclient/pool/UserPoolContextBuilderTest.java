package io.github.poolclient.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

final class UserPoolContextBuilderTest {

  @Test
  void varargsSettersReplaceWhatWasSetBefore() {
    ResourceServer api = ResourceServer.of("https://api.example.com", List.of("read"));
    UserPoolContext pool =
        UserPoolContext.builder()
            .id("us-east-1_Example01")
            .addIdentityProviders("Old")
            .identityProviders("Google", "Okta")
            .addSchemaAttributes(SchemaAttribute.of("custom:old"))
            .schemaAttributes(SchemaAttribute.of("custom:tenant"))
            .resourceServers(api)
            .build();

    assertThat(pool.identityProviders()).containsExactly("Google", "Okta");
    assertThat(pool.schemaAttributes()).containsExactly(SchemaAttribute.of("custom:tenant"));
    assertThat(pool.resourceServers()).containsExactly(api);
    assertThat(pool.hasCustomScope("https://api.example.com/read")).isTrue();
  }

  @Test
  void settersRejectNull() {
    new NullPointerTester().testAllPublicInstanceMethods(UserPoolContext.builder());
  }
}
