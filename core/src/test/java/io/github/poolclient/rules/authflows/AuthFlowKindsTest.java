package io.github.poolclient.rules.authflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AuthFlowKindsTest {

  @ParameterizedTest
  @EnumSource(
      value = ExplicitAuthFlowsType.class,
      names = {"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"})
  void tellsEachLegacyNameFromTheAllowNames(ExplicitAuthFlowsType legacy) {
    assertThat(AuthFlowKinds.hasLegacyFlow(ImmutableSet.of(legacy))).isTrue();
    assertThat(AuthFlowKinds.hasAllowFlow(ImmutableSet.of(legacy))).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = ExplicitAuthFlowsType.class,
      names = {
        "ADMIN_NO_SRP_AUTH",
        "CUSTOM_AUTH_FLOW_ONLY",
        "USER_PASSWORD_AUTH",
        "UNKNOWN_TO_SDK_VERSION"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void tellsEachAllowNameFromTheLegacyNames(ExplicitAuthFlowsType allow) {
    assertThat(AuthFlowKinds.hasAllowFlow(ImmutableSet.of(allow))).isTrue();
    assertThat(AuthFlowKinds.hasLegacyFlow(ImmutableSet.of(allow))).isFalse();
  }

  @Test
  void countsAnUnknownFlowAsNeitherKind() {
    ImmutableSet<ExplicitAuthFlowsType> unknown =
        ImmutableSet.of(ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION);

    assertThat(AuthFlowKinds.hasLegacyFlow(unknown)).isFalse();
    assertThat(AuthFlowKinds.hasAllowFlow(unknown)).isFalse();
  }

  @Test
  void findsEitherKindInAMixedCollection() {
    ImmutableSet<ExplicitAuthFlowsType> mixed =
        ImmutableSet.of(
            ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION,
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.USER_PASSWORD_AUTH);

    assertThat(AuthFlowKinds.hasLegacyFlow(mixed)).isTrue();
    assertThat(AuthFlowKinds.hasAllowFlow(mixed)).isTrue();
    assertThat(AuthFlowKinds.hasLegacyFlow(ImmutableSet.of())).isFalse();
    assertThat(AuthFlowKinds.hasAllowFlow(ImmutableSet.of())).isFalse();
  }
}
