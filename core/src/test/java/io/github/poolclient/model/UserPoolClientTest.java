package io.github.poolclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import org.junit.jupiter.api.Test;

final class UserPoolClientTest {

  @Test
  void typesTheEnumListsInRecordOrderAndKeepsUnknownValuesAsUnknown() {
    UserPoolClient client =
        minimal()
            .explicitAuthFlowsAsStrings(
                ImmutableList.of("ALLOW_REFRESH_TOKEN_AUTH", "bogus", "ALLOW_USER_SRP_AUTH"))
            .allowedOAuthFlowsAsStrings(ImmutableList.of("code", "Implicit"))
            .build();

    assertThat(client.explicitAuthFlows())
        .containsExactly(
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
            ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION,
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
    assertThat(client.allowedOAuthFlows())
        .containsExactly(OAuthFlowType.CODE, OAuthFlowType.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void typesPreventUserExistenceErrorsOnlyWhenSet() {
    assertThat(minimal().build().preventUserExistenceErrors()).isEmpty();
    assertThat(
            minimal()
                .preventUserExistenceErrorsAsString("ENABLED")
                .build()
                .preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.ENABLED);
    assertThat(
            minimal()
                .preventUserExistenceErrorsAsString("enabled")
                .build()
                .preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void givesEmptyTypedListsForAClientWithoutFlows() {
    UserPoolClient client = minimal().build();

    assertThat(client.explicitAuthFlows()).isEmpty();
    assertThat(client.allowedOAuthFlows()).isEmpty();
  }

  private static UserPoolClient.Builder minimal() {
    return Fixtures.client();
  }
}
