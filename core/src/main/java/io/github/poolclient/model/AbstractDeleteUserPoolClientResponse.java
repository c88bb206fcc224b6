package io.github.poolclient.model;

import org.immutables.value.Value;

/**
 * Holds the {@code DeleteUserPoolClient} response, which has no members (the wire shows {@code
 * {}}).
 */
@Value.Immutable(singleton = true, builder = false)
public abstract class AbstractDeleteUserPoolClientResponse {
  AbstractDeleteUserPoolClientResponse() {}
}
