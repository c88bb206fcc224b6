package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Set;

/**
 * Lists the values of {@code ExplicitAuthFlows}: the 9 of the service model plus {@code
 * ALLOW_CLIENT_TOKEN_AUTH}, which the service accepts (catalogue EAF-11).
 */
public enum ExplicitAuthFlowsType {
  ADMIN_NO_SRP_AUTH("ADMIN_NO_SRP_AUTH"),
  CUSTOM_AUTH_FLOW_ONLY("CUSTOM_AUTH_FLOW_ONLY"),
  USER_PASSWORD_AUTH("USER_PASSWORD_AUTH"),
  ALLOW_ADMIN_USER_PASSWORD_AUTH("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
  ALLOW_CUSTOM_AUTH("ALLOW_CUSTOM_AUTH"),
  ALLOW_USER_PASSWORD_AUTH("ALLOW_USER_PASSWORD_AUTH"),
  ALLOW_USER_SRP_AUTH("ALLOW_USER_SRP_AUTH"),
  ALLOW_REFRESH_TOKEN_AUTH("ALLOW_REFRESH_TOKEN_AUTH"),
  ALLOW_USER_AUTH("ALLOW_USER_AUTH"),
  ALLOW_CLIENT_TOKEN_AUTH("ALLOW_CLIENT_TOKEN_AUTH"),
  /** Stands for any wire value this version of poolclient does not know. */
  UNKNOWN_TO_SDK_VERSION("UNKNOWN_TO_SDK_VERSION");

  private static final ImmutableMap<String, ExplicitAuthFlowsType> BY_VALUE =
      Maps.uniqueIndex(knownValues(), ExplicitAuthFlowsType::toString);

  private final String value;

  ExplicitAuthFlowsType(String value) {
    this.value = value;
  }

  /** Returns the constant whose wire value is {@code value}, or {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static ExplicitAuthFlowsType fromValue(String value) {
    return BY_VALUE.getOrDefault(checkNotNull(value, "value"), UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns every constant with a real wire value (all but {@link #UNKNOWN_TO_SDK_VERSION}). */
  public static Set<ExplicitAuthFlowsType> knownValues() {
    return EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION));
  }

  /** Returns the wire value, exactly as the AWS JSON protocol spells it. */
  @Override
  public String toString() {
    return value;
  }
}
