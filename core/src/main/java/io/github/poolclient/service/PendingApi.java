package io.github.poolclient.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientResponse;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientResponse;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientResponse;
import io.github.poolclient.wire.WireFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stands in for the wire readers/writers the lead is adding on main (TEMPORARY: deleted at the
 * merge, every call replaced by {@code WireFormat.x(...)}). Only as faithful as the service's own
 * tests need.
 */
final class PendingApi {
  private PendingApi() {}

  static UpdateUserPoolClientRequest readUpdateUserPoolClientRequest(Map<String, ?> body) {
    Map<String, Object> createShape = new HashMap<>(body);
    createShape.remove("GenerateSecret");
    createShape.remove("ClientSecret");
    CreateUserPoolClientRequest asCreate = WireFormat.readCreateUserPoolClientRequest(createShape);
    return UpdateUserPoolClientRequest.builder()
        .from(asCreate)
        .clientId(string(body, "ClientId"))
        .build();
  }

  static DescribeUserPoolClientRequest readDescribeUserPoolClientRequest(Map<String, ?> body) {
    return DescribeUserPoolClientRequest.builder()
        .userPoolId(string(body, "UserPoolId"))
        .clientId(string(body, "ClientId"))
        .build();
  }

  static DeleteUserPoolClientRequest readDeleteUserPoolClientRequest(Map<String, ?> body) {
    return DeleteUserPoolClientRequest.builder()
        .userPoolId(string(body, "UserPoolId"))
        .clientId(string(body, "ClientId"))
        .build();
  }

  static ListUserPoolClientsRequest readListUserPoolClientsRequest(Map<String, ?> body) {
    Object max = body.get("MaxResults");
    if (max != null && !(max instanceof Integer)) {
      throw serialization("MaxResults", "integer");
    }
    return ListUserPoolClientsRequest.builder()
        .userPoolId(string(body, "UserPoolId"))
        .maxResults(Optional.ofNullable((Integer) max))
        .nextToken(string(body, "NextToken"))
        .build();
  }

  static Map<String, Object> write(UpdateUserPoolClientResponse response) {
    return WireFormat.write(CreateUserPoolClientResponse.of(response.userPoolClient()));
  }

  static Map<String, Object> write(DescribeUserPoolClientResponse response) {
    return WireFormat.write(CreateUserPoolClientResponse.of(response.userPoolClient()));
  }

  static Map<String, Object> write(DeleteUserPoolClientResponse response) {
    return ImmutableMap.of();
  }

  static Map<String, Object> write(ListUserPoolClientsResponse response) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "UserPoolClients",
        response.userPoolClients().stream()
            .map(
                d ->
                    ImmutableMap.of(
                        "ClientId", d.clientId(),
                        "UserPoolId", d.userPoolId(),
                        "ClientName", d.clientName()))
            .collect(ImmutableList.toImmutableList()));
    response.nextToken().ifPresent(token -> json.put("NextToken", token));
    return json;
  }

  private static Optional<String> string(Map<String, ?> body, String name) {
    Object value = body.get(name);
    if (value != null && !(value instanceof String)) {
      throw serialization(name, "string");
    }
    return Optional.ofNullable((String) value);
  }

  private static CognitoException serialization(String name, String kind) {
    return new CognitoException(
        ErrorType.SERIALIZATION,
        "Unexpected value type for member '" + name + "': expected " + kind);
  }
}
