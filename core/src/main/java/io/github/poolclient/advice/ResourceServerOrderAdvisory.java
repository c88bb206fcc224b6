package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Describes and builds ADV-13: a client of a template or plan may be created before the resource
 * server whose custom scope it uses (catalogue ADV-13).
 *
 * <p>Why: without a dependency, CloudFormation and Terraform may create the client first, and
 * Cognito answers {@code ScopeDoesNotExistException} "Invalid scope requested: ..." (E1-E4).
 * "Dependent stacks also have implicit dependencies in the form of target properties !Ref, !GetAtt,
 * and !Sub." (A14). The request alone cannot show this: the deploy checks, which know the
 * dependency graph, emit it through {@link #advisory}. Severity high: it blocks the deploy (not a
 * security finding).
 *
 * <p>False alarm: the resource server already exists (update-only stacks); CDK's {@code
 * OAuthScope.resourceServer()} emits a Ref, so it is no alarm.
 */
public final class ResourceServerOrderAdvisory {
  private ResourceServerOrderAdvisory() {}

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-13")
          .defaultSeverity(Severity.HIGH)
          .summary(
              "Client may be created before the resource server → ScopeDoesNotExistException"
                  + " \"Invalid scope requested: …\"")
          .condition(
              "AllowedOAuthScopes names a scope of a resource server of the same template or plan"
                  + " with no DependsOn/depends_on or reference to it")
          .sources(ImmutableList.of("A14", "E1", "E2", "E3", "E4"))
          .scope(AdvisoryScope.DEPLOY)
          .build();

  /** Returns the descriptor of ADV-13. */
  public static AdvisoryDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns ADV-13 for the scope at {@code field} (e.g. {@code allowedOAuthScopes[0]}), naming the
   * resource server's {@code Identifier} and the scope; apply the client's policy to it with {@link
   * AdvicePolicy#apply}.
   */
  public static Advisory advisory(String field, String resourceServerIdentifier, String scope) {
    checkNotNull(field, "field");
    checkNotNull(resourceServerIdentifier, "resourceServerIdentifier");
    checkNotNull(scope, "scope");
    return DESCRIPTOR.advisory(
        field,
        DESCRIPTOR.defaultSeverity(),
        Optional.of(
            "resource server "
                + resourceServerIdentifier
                + " has no dependency from this client (scope "
                + scope
                + ")"));
  }
}
