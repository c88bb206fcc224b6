package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Set;

/** Lists the values of {@code AllowedOAuthFlows}. */
public enum OAuthFlowType {
  CODE("code"),
  IMPLICIT("implicit"),
  CLIENT_CREDENTIALS("client_credentials"),
  /** Stands for any wire value this version of poolclient does not know. */
  UNKNOWN_TO_SDK_VERSION("UNKNOWN_TO_SDK_VERSION");

  private static final ImmutableMap<String, OAuthFlowType> BY_VALUE =
      Maps.uniqueIndex(knownValues(), OAuthFlowType::toString);

  private final String value;

  OAuthFlowType(String value) {
    this.value = value;
  }

  /** Returns the constant whose wire value is {@code value}, or {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static OAuthFlowType fromValue(String value) {
    return BY_VALUE.getOrDefault(checkNotNull(value, "value"), UNKNOWN_TO_SDK_VERSION);
  }

  /** Returns every constant with a real wire value (all but {@link #UNKNOWN_TO_SDK_VERSION}). */
  public static Set<OAuthFlowType> knownValues() {
    return EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION));
  }

  /** Returns the wire value, exactly as the AWS JSON protocol spells it. */
  @Override
  public String toString() {
    return value;
  }
}
