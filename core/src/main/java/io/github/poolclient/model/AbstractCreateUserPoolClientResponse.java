package io.github.poolclient.model;

import org.immutables.value.Value;

/**
 * Holds the {@code CreateUserPoolClient} response: the created client record.
 *
 * <pre>{@code
 * CreateUserPoolClientResponse response = factory.create(request, pool);
 * Map<String, Object> body = WireFormat.write(response); // {"UserPoolClient": {...}}
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractCreateUserPoolClientResponse {
  AbstractCreateUserPoolClientResponse() {}

  /** Returns {@code UserPoolClient}. */
  @Value.Parameter
  public abstract UserPoolClient userPoolClient();
}
