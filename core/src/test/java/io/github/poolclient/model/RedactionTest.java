package io.github.poolclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.poolclient.Fixtures;
import org.junit.jupiter.api.Test;

final class RedactionTest {

  private static final String SECRET = "s3cr3tS3cr3tS3cr3tS3cr3t42";

  @Test
  void requestShowsTheMaskOnlyWhenASecretIsPresent() {
    CreateUserPoolClientRequest with = Fixtures.request().clientSecret(SECRET).build();
    CreateUserPoolClientRequest without = Fixtures.request().build();

    assertThat(with.toString()).contains("clientSecret=****").doesNotContain(SECRET);
    assertThat(without.toString())
        .doesNotContain("clientSecret")
        .isEqualTo("CreateUserPoolClientRequest{userPoolId=us-east-1_Example01, clientName=web}");
  }

  @Test
  void clientRecordShowsTheMaskOnlyWhenASecretIsPresent() {
    UserPoolClient with = Fixtures.client().clientSecret(SECRET).build();
    UserPoolClient without = Fixtures.client().build();

    assertThat(with.toString()).contains(", clientSecret=****, ").doesNotContain(SECRET);
    assertThat(without.toString()).doesNotContain("clientSecret");
    assertThat(CreateUserPoolClientResponse.of(with).toString())
        .contains("clientSecret=****")
        .doesNotContain(SECRET);
  }
}
