package io.github.poolclient.model;

import org.immutables.value.Value;

/** Holds the {@code CreateUserPoolClient} response: the created client record. */
@Value.Immutable
public abstract class AbstractCreateUserPoolClientResponse {
  AbstractCreateUserPoolClientResponse() {}

  /** Returns {@code UserPoolClient}. */
  @Value.Parameter
  public abstract UserPoolClient userPoolClient();
}
