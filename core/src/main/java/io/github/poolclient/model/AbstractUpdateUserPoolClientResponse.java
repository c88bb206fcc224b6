package io.github.poolclient.model;

import org.immutables.value.Value;

/** Holds the {@code UpdateUserPoolClient} response: the client record after the update. */
@Value.Immutable
public abstract class AbstractUpdateUserPoolClientResponse {
  AbstractUpdateUserPoolClientResponse() {}

  /** Returns {@code UserPoolClient}. */
  @Value.Parameter
  public abstract UserPoolClient userPoolClient();
}
