package io.github.poolclient.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published member shapes of the requests: names, JSON types and order, the M-table's (M-17's
 * three booleans before the analytics structure; catalogue 12.1, 12.8).
 */
final class WireFormatMembersTest {

  /** Renders shapes as {@code Name:TYPE} with structures' members in braces. */
  private static String render(List<MemberShape> members) {
    return members.stream()
        .map(
            member ->
                member.name()
                    + ":"
                    + member.type()
                    + (member.required() ? "!" : "")
                    + (member.members().isEmpty() ? "" : "{" + render(member.members()) + "}"))
        .collect(Collectors.joining(", "));
  }

  private static final String SETTINGS =
      "RefreshTokenValidity:INTEGER, AccessTokenValidity:INTEGER, IdTokenValidity:INTEGER,"
          + " TokenValidityUnits:STRUCTURE{AccessToken:STRING, IdToken:STRING,"
          + " RefreshToken:STRING}, ReadAttributes:STRING_LIST, WriteAttributes:STRING_LIST,"
          + " ExplicitAuthFlows:STRING_LIST, SupportedIdentityProviders:STRING_LIST,"
          + " CallbackURLs:STRING_LIST, LogoutURLs:STRING_LIST, DefaultRedirectURI:STRING,"
          + " AllowedOAuthFlows:STRING_LIST, AllowedOAuthScopes:STRING_LIST,"
          + " AllowedOAuthFlowsUserPoolClient:BOOLEAN, EnableTokenRevocation:BOOLEAN,"
          + " EnablePropagateAdditionalUserContextData:BOOLEAN, AnalyticsConfiguration:STRUCTURE{"
          + "ApplicationId:STRING, ApplicationArn:STRING, RoleArn:STRING, ExternalId:STRING,"
          + " UserDataShared:BOOLEAN}, PreventUserExistenceErrors:STRING, AuthSessionValidity:INTEGER, RefreshTokenRotation:STRUCTURE{Feature:STRING,"
          + " RetryGracePeriodSeconds:INTEGER}";

  @Test
  void createRequestMembersInServiceModelOrder() {
    assertThat(render(WireFormat.createUserPoolClientRequestMembers()))
        .isEqualTo(
            "UserPoolId:STRING, ClientName:STRING, ClientSecret:STRING, GenerateSecret:BOOLEAN, "
                + SETTINGS);
  }

  @Test
  void updateRequestMembersInServiceModelOrder() {
    assertThat(render(WireFormat.updateUserPoolClientRequestMembers()))
        .isEqualTo("UserPoolId:STRING, ClientId:STRING, ClientName:STRING, " + SETTINGS);
  }

  @Test
  void theClientRecordsShapeTellsDatesListsAndRequiredMembers() {
    ImmutableList<MemberShape> record = Shapes.USER_POOL_CLIENT.shape();

    assertThat(render(record.subList(0, 6)))
        .isEqualTo(
            "UserPoolId:STRING!, ClientName:STRING!, ClientId:STRING!, ClientSecret:STRING,"
                + " LastModifiedDate:TIMESTAMP!, CreationDate:TIMESTAMP!");
    assertThat(render(Shapes.LIST_RESPONSE.shape()))
        .isEqualTo(
            "UserPoolClients:STRUCTURE_LIST!{ClientId:STRING!, UserPoolId:STRING!,"
                + " ClientName:STRING!}, NextToken:STRING");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void memberShapesRejectNullComponents() {
    assertThatNullPointerException()
        .isThrownBy(() -> new MemberShape(null, WireType.STRING, false, ImmutableList.of()));
  }
}
