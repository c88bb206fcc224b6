package io.github.poolclient.rules.authflows;

import io.github.poolclient.model.ExplicitAuthFlowsType;
import java.util.Collection;

/** Tells legacy auth flow names from the {@code ALLOW_} names (catalogue EAF-03). */
final class AuthFlowKinds {
  private AuthFlowKinds() {}

  /** The prefix that marks the current auth flow names; the names without it are legacy. */
  private static final String ALLOW_PREFIX = "ALLOW_";

  /** Returns whether {@code flows} holds an {@code ALLOW_} name. */
  static boolean hasAllowFlow(Collection<ExplicitAuthFlowsType> flows) {
    for (ExplicitAuthFlowsType flow : flows) {
      if (isAllow(flow)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether {@code flows} holds a legacy name ({@code ADMIN_NO_SRP_AUTH}, {@code
   * CUSTOM_AUTH_FLOW_ONLY}, {@code USER_PASSWORD_AUTH}); unknown flows are neither kind.
   */
  static boolean hasLegacyFlow(Collection<ExplicitAuthFlowsType> flows) {
    for (ExplicitAuthFlowsType flow : flows) {
      if (flow != ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION && !isAllow(flow)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllow(ExplicitAuthFlowsType flow) {
    return flow.toString().startsWith(ALLOW_PREFIX);
  }
}
