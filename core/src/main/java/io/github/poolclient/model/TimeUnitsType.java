package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Set;

/** Lists the units of {@code TokenValidityUnits}. */
public enum TimeUnitsType {
  SECONDS("seconds"),
  MINUTES("minutes"),
  HOURS("hours"),
  DAYS("days"),
  /** Stands for any wire value this version of poolclient does not know. */
  UNKNOWN_TO_SDK_VERSION("UNKNOWN_TO_SDK_VERSION");

  private static final ImmutableMap<String, TimeUnitsType> BY_VALUE =
      Maps.uniqueIndex(knownValues(), TimeUnitsType::toString);

  private final String value;

  TimeUnitsType(String value) {
    this.value = value;
  }

  /** Returns the constant whose wire value is {@code value}, or {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static TimeUnitsType fromValue(String value) {
    return BY_VALUE.getOrDefault(checkNotNull(value, "value"), UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns every constant with a real wire value (all but {@link #UNKNOWN_TO_SDK_VERSION}). */
  public static Set<TimeUnitsType> knownValues() {
    return EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION));
  }

  /** Returns the wire value, exactly as the AWS JSON protocol spells it. */
  @Override
  public String toString() {
    return value;
  }
}
