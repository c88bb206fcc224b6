package io.github.poolclient.model;

import org.immutables.value.Value;

/** Holds {@code UserPoolClientDescription}: one entry of a {@code ListUserPoolClients} page. */
@Value.Immutable
public abstract class AbstractUserPoolClientDescription {
  AbstractUserPoolClientDescription() {}

  /** Returns {@code ClientId}. */
  @Value.Parameter
  public abstract String clientId();

  /** Returns {@code UserPoolId}. */
  @Value.Parameter
  public abstract String userPoolId();

  /** Returns {@code ClientName}. */
  @Value.Parameter
  public abstract String clientName();

  /** Returns the description of a stored client. */
  public static UserPoolClientDescription of(UserPoolClient client) {
    return UserPoolClientDescription.of(
        client.clientId(), client.userPoolId(), client.clientName());
  }
}
