package io.github.poolclient.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClientDescription;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each member table of {@link Shapes} maps both ways: writing a value with every member set and
 * reading the map back gives the same value, and the written map has every member, in table order.
 * Covers the directions {@code WireFormat} does not use today (writing the lookup requests, reading
 * a List answer), so that a member whose getter and setter disagree fails here.
 */
final class ShapesRoundTripTest {

  private static <V> void assertRoundTrip(
      WireStructure<?, V> shape, V value, ImmutableList<String> members) {
    Map<String, Object> written = shape.write(value);

    assertThat(written.keySet()).containsExactlyElementsOf(members);
    assertThat(shape.read(written, "")).isEqualTo(value);
  }

  @Test
  void updateRequestOwnMembers() {
    UpdateUserPoolClientRequest request =
        UpdateUserPoolClientRequest.builder()
            .userPoolId("us-east-1_Example01")
            .clientId("abc123")
            .clientName("web")
            .build();

    assertRoundTrip(
        Shapes.UPDATE_REQUEST, request, ImmutableList.of("UserPoolId", "ClientId", "ClientName"));
  }

  @Test
  void describeRequest() {
    DescribeUserPoolClientRequest request =
        DescribeUserPoolClientRequest.builder()
            .userPoolId("us-east-1_Example01")
            .clientId("abc123")
            .build();

    assertRoundTrip(Shapes.DESCRIBE_REQUEST, request, ImmutableList.of("UserPoolId", "ClientId"));
  }

  @Test
  void deleteRequest() {
    DeleteUserPoolClientRequest request =
        DeleteUserPoolClientRequest.builder()
            .userPoolId("us-east-1_Example01")
            .clientId("abc123")
            .build();

    assertRoundTrip(Shapes.DELETE_REQUEST, request, ImmutableList.of("UserPoolId", "ClientId"));
  }

  @Test
  void listRequest() {
    ListUserPoolClientsRequest request =
        ListUserPoolClientsRequest.builder()
            .userPoolId("us-east-1_Example01")
            .maxResults(10)
            .nextToken("token")
            .build();

    assertRoundTrip(
        Shapes.LIST_REQUEST, request, ImmutableList.of("UserPoolId", "MaxResults", "NextToken"));
  }

  @Test
  void listResponseWithItsDescriptions() {
    ListUserPoolClientsResponse response =
        ListUserPoolClientsResponse.builder()
            .userPoolClients(
                ImmutableList.of(
                    UserPoolClientDescription.builder()
                        .clientId("abc123")
                        .userPoolId("us-east-1_Example01")
                        .clientName("web")
                        .build()))
            .nextToken("token")
            .build();

    assertRoundTrip(
        Shapes.LIST_RESPONSE, response, ImmutableList.of("UserPoolClients", "NextToken"));
    assertThat(Shapes.LIST_RESPONSE.write(response).get("UserPoolClients"))
        .isEqualTo(
            ImmutableList.of(
                ImmutableMap.of(
                    "ClientId",
                    "abc123",
                    "UserPoolId",
                    "us-east-1_Example01",
                    "ClientName",
                    "web")));
  }
}
