package io.github.poolclient.model;

import org.immutables.value.Value;

/** Holds the {@code DescribeUserPoolClient} response: the stored client record (RESP-05). */
@Value.Immutable
public abstract class AbstractDescribeUserPoolClientResponse {
  AbstractDescribeUserPoolClientResponse() {}

  /** Returns {@code UserPoolClient}. */
  @Value.Parameter
  public abstract UserPoolClient userPoolClient();
}
