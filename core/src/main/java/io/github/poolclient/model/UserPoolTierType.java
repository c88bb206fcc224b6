package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Set;

/** Lists the feature plans (tiers) of a user pool. */
public enum UserPoolTierType {
  LITE("LITE"),
  ESSENTIALS("ESSENTIALS"),
  PLUS("PLUS"),
  /** Stands for any wire value this version of poolclient does not know. */
  UNKNOWN_TO_SDK_VERSION("UNKNOWN_TO_SDK_VERSION");

  private static final ImmutableMap<String, UserPoolTierType> BY_VALUE =
      Maps.uniqueIndex(knownValues(), UserPoolTierType::toString);

  private final String value;

  UserPoolTierType(String value) {
    this.value = value;
  }

  /** Returns the constant whose wire value is {@code value}, or {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static UserPoolTierType fromValue(String value) {
    return BY_VALUE.getOrDefault(checkNotNull(value, "value"), UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns every constant with a real wire value (all but {@link #UNKNOWN_TO_SDK_VERSION}). */
  public static Set<UserPoolTierType> knownValues() {
    return EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION));
  }

  /** Returns the wire value, exactly as the AWS JSON protocol spells it. */
  @Override
  public String toString() {
    return value;
  }
}
