package io.github.poolclient.advice;

import org.immutables.value.Value;

/**
 * Holds one member an Update would reset: set on the stored client, omitted from the request, and
 * so back to its default or cleared (catalogue UPD-01).
 *
 * <p>Values are shown as text: {@code (absent)} for a member the client would not have, lists as
 * {@code [a, b]}, structures as {@code {Member: value, ...}}. The analytics {@code ExternalId} is
 * not shown.
 */
@Value.Immutable
public abstract class AbstractResetMember {
  AbstractResetMember() {}

  /** Returns the member's wire name, e.g. {@code PreventUserExistenceErrors}. */
  @Value.Parameter
  public abstract String wireName();

  /** Returns the member's field path, e.g. {@code preventUserExistenceErrors}. */
  @Value.Parameter
  public abstract String field();

  /** Returns the stored client's value. */
  @Value.Parameter
  public abstract String oldValue();

  /** Returns the value the client has after the Update. */
  @Value.Parameter
  public abstract String newValue();
}
