package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds an {@code UpdateUserPoolClient} request exactly as the caller sent it.
 *
 * <p>Update <em>replaces</em> the client's configuration: every member the request omits goes back
 * to its Create default (catalogue UPD-01), except {@code ClientName} and {@code
 * RefreshTokenRotation}, which are kept (UPD-02). Like the Create request, every member is optional
 * and may hold an invalid value, and an absent list is distinct from an empty one. The Update shape
 * has no {@code GenerateSecret} and no {@code ClientSecret}: the stored secret is kept.
 */
@Value.Immutable
public abstract class AbstractUpdateUserPoolClientRequest implements UserPoolClientSettings {
  AbstractUpdateUserPoolClientRequest() {}

  /** Returns {@code ClientId}: the app client to update (required by the model). */
  public abstract Optional<String> clientId();

  /** Returns a builder initialised with this request's members. */
  public final UpdateUserPoolClientRequest.Builder toBuilder() {
    return UpdateUserPoolClientRequest.builder().from(this);
  }
}
