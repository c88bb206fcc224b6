package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Describes and builds ADV-14: a client of a template or plan may be created before the identity
 * provider it supports (catalogue ADV-14).
 *
 * <p>Why: "If the identity provider and the app client are created in the same stack, specify the
 * dependency between both constructs to make sure that the identity provider already exists when
 * the app client will be created." (CDK, A15); without it Cognito answers "The provider X does not
 * exist for User Pool ..." (E5). The deploy checks, which know the dependency graph, emit it
 * through {@link #advisory}. Severity high: it blocks the deploy.
 *
 * <p>False alarm: the identity provider is already deployed.
 */
public final class IdentityProviderOrderAdvisory {
  private IdentityProviderOrderAdvisory() {}

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-14")
          .defaultSeverity(Severity.HIGH)
          .summary(
              "Client may be created before the IdP → \"The provider X does not exist for User"
                  + " Pool …\"")
          .condition(
              "SupportedIdentityProviders names an identity provider of the same template or plan"
                  + " with no DependsOn/depends_on or reference to it")
          .sources(ImmutableList.of("A15", "E5"))
          .scope(AdvisoryScope.DEPLOY)
          .build();

  /** Returns the descriptor of ADV-14. */
  public static AdvisoryDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns ADV-14 for the provider at {@code field} (e.g. {@code supportedIdentityProviders[1]}),
   * naming its {@code ProviderName}; apply the client's policy to it with {@link
   * AdvicePolicy#apply}.
   */
  public static Advisory advisory(String field, String providerName) {
    checkNotNull(field, "field");
    checkNotNull(providerName, "providerName");
    return DESCRIPTOR.advisory(
        field,
        DESCRIPTOR.defaultSeverity(),
        Optional.of("identity provider " + providerName + " has no dependency from this client"));
  }
}
