package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Set;

/** Lists the values of {@code RefreshTokenRotation.Feature}. */
public enum FeatureType {
  ENABLED("ENABLED"),
  DISABLED("DISABLED"),
  /** Stands for any wire value this version of poolclient does not know. */
  UNKNOWN_TO_SDK_VERSION("UNKNOWN_TO_SDK_VERSION");

  private static final ImmutableMap<String, FeatureType> BY_VALUE =
      Maps.uniqueIndex(knownValues(), FeatureType::toString);

  private final String value;

  FeatureType(String value) {
    this.value = value;
  }

  /** Returns the constant whose wire value is {@code value}, or {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static FeatureType fromValue(String value) {
    return BY_VALUE.getOrDefault(checkNotNull(value, "value"), UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns every constant with a real wire value (all but {@link #UNKNOWN_TO_SDK_VERSION}). */
  public static Set<FeatureType> knownValues() {
    return EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION));
  }

  /** Returns the wire value, exactly as the AWS JSON protocol spells it. */
  @Override
  public String toString() {
    return value;
  }
}
