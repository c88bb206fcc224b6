package io.github.poolclient.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** Holds the {@code ListUserPoolClients} response: one page of client descriptions. */
@Value.Immutable
public abstract class AbstractListUserPoolClientsResponse {
  AbstractListUserPoolClientsResponse() {}

  /** Returns {@code UserPoolClients}: the page, oldest client first. */
  public abstract ImmutableList<UserPoolClientDescription> userPoolClients();

  /** Returns {@code NextToken}, present when more clients remain. */
  public abstract Optional<String> nextToken();
}
