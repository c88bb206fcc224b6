package io.github.poolclient.defaults;

import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.time.Instant;
import java.util.Optional;

/** Builds the client record Cognito returns for a valid request (catalogue RESP-01..RESP-04). */
public final class DefaultsResolver {
  private DefaultsResolver() {}

  /**
   * Returns the record for a request that passed every rule, with the generated id, the secret (a
   * generated one, or the request's own) and the creation instant.
   */
  public static UserPoolClient resolve(
      CreateUserPoolClientRequest request,
      UserPoolContext pool,
      String clientId,
      Optional<String> generatedSecret,
      Instant now) {
    throw new UnsupportedOperationException("TODO: defaults resolver");
  }
}
