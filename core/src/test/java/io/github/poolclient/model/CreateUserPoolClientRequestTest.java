package io.github.poolclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import org.junit.jupiter.api.Test;

final class CreateUserPoolClientRequestTest {

  @Test
  void startsABuilderWithEveryMemberOfTheRequest() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .clientSecret("abcdefghijklmnopqrstuvwx")
            .accessTokenValidity(2)
            .callbackURLs(ImmutableList.of("https://example.com/cb"))
            .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
            .build();

    CreateUserPoolClientRequest copy = request.toBuilder().build();
    CreateUserPoolClientRequest changed = request.toBuilder().clientName("mobile").build();

    assertThat(copy).isEqualTo(request);
    assertThat(changed.clientName()).contains("mobile");
    assertThat(changed.clientSecret()).contains("abcdefghijklmnopqrstuvwx");
    assertThat(changed.accessTokenValidity()).contains(2);
    assertThat(changed.callbackURLs()).contains(ImmutableList.of("https://example.com/cb"));
    assertThat(request.clientName()).contains("web");
  }

  @Test
  void typesTheEnumMembersAndKeepsUnknownValuesAsUnknown() {
    CreateUserPoolClientRequest request =
        Fixtures.request()
            .explicitAuthFlowsAsStrings(ImmutableList.of("ALLOW_USER_AUTH", "ALLOW_user_AUTH"))
            .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials", "token"))
            .preventUserExistenceErrorsAsString("LEGACY")
            .build();

    assertThat(request.explicitAuthFlows())
        .containsExactly(
            ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION);
    assertThat(request.allowedOAuthFlows())
        .containsExactly(OAuthFlowType.CLIENT_CREDENTIALS, OAuthFlowType.UNKNOWN_TO_SDK_VERSION);
    assertThat(request.preventUserExistenceErrors())
        .contains(PreventUserExistenceErrorTypes.LEGACY);
    assertThat(Fixtures.request().build().allowedOAuthFlows()).isEmpty();
    assertThat(Fixtures.request().build().preventUserExistenceErrors()).isEmpty();
  }
}
