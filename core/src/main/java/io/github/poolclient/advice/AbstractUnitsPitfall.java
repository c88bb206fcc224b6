package io.github.poolclient.advice;

import org.immutables.value.Value;

/**
 * Holds one token validity an Update sends without its unit while the stored client used another
 * unit, so that Cognito reads the number in the default unit (catalogue UPD-05).
 *
 * <p>For example {@code AccessTokenValidity: 60} meant as minutes becomes 60 hours.
 */
@Value.Immutable
public abstract class AbstractUnitsPitfall {
  AbstractUnitsPitfall() {}

  /** Returns the validity's wire name, e.g. {@code AccessTokenValidity}. */
  @Value.Parameter
  public abstract String wireName();

  /** Returns the validity's field path, e.g. {@code accessTokenValidity}. */
  @Value.Parameter
  public abstract String field();

  /** Returns the number sent. */
  @Value.Parameter
  public abstract int value();

  /** Returns the unit the stored client used for this token, e.g. {@code minutes}. */
  @Value.Parameter
  public abstract String storedUnit();

  /** Returns the unit Cognito applies to the number sent, e.g. {@code hours}. */
  @Value.Parameter
  public abstract String appliedUnit();
}
