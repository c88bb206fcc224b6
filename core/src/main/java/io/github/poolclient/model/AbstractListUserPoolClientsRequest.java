package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds a {@code ListUserPoolClients} request exactly as the caller sent it; members may be absent
 * or invalid, so that the model constraints can report them (catalogue 12.7).
 */
@Value.Immutable
public abstract class AbstractListUserPoolClientsRequest {
  AbstractListUserPoolClientsRequest() {}

  /** Returns {@code UserPoolId} (required by the model). */
  public abstract Optional<String> userPoolId();

  /** Returns {@code MaxResults}: the page size, 1-60 (absent means 60). */
  public abstract Optional<Integer> maxResults();

  /** Returns {@code NextToken}: the opaque token of a previous page. */
  public abstract Optional<String> nextToken();
}
