package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableSortedSet;
import io.github.poolclient.UserPoolClientFactory;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lists every public type of the exported packages: a type added to or removed from the API shows
 * up here, on purpose (issue 7: a smaller public surface).
 */
final class ExportedTypesTest {

  private static final String ROOT = "io.github.poolclient";

  private static final ImmutableSortedSet<String> EXPECTED =
      ImmutableSortedSet.of(
          "UserPoolClientFactory",
          "advice.AbstractAdvicePolicy",
          "advice.AbstractAdvisory",
          "advice.AbstractAdvisoryDescriptor",
          "advice.AbstractResetMember",
          "advice.AbstractUnitsPitfall",
          "advice.AbstractUpdateResetReport",
          "advice.AdvicePolicy",
          "advice.Advisor",
          "advice.Advisory",
          "advice.AdvisoryDescriptor",
          "advice.AdvisoryScope",
          "advice.IdentityProviderOrderAdvisory",
          "advice.ResetMember",
          "advice.ResourceServerOrderAdvisory",
          "advice.Severity",
          "advice.UnitsPitfall",
          "advice.UpdateResetReport",
          "deploy.AbstractClientReport",
          "deploy.AbstractDefinitionProblem",
          "deploy.AbstractDeployAdvisory",
          "deploy.AbstractDeployReport",
          "deploy.AbstractDeployViolation",
          "deploy.AbstractNotChecked",
          "deploy.ClientReport",
          "deploy.CloudFormationYaml",
          "deploy.DefinitionParseException",
          "deploy.DefinitionProblem",
          "deploy.DeployAdvisory",
          "deploy.DeployCheck",
          "deploy.DeployReport",
          "deploy.DeployViolation",
          "deploy.NotChecked",
          "deploy.Verdict",
          "error.AbstractRuleDescriptor",
          "error.AbstractViolation",
          "error.CognitoException",
          "error.ErrorType",
          "error.RuleDescriptor",
          "error.Stage",
          "error.Violation",
          "model.AbstractAnalyticsConfiguration",
          "model.AbstractCreateUserPoolClientRequest",
          "model.AbstractCreateUserPoolClientResponse",
          "model.AbstractDeleteUserPoolClientRequest",
          "model.AbstractDeleteUserPoolClientResponse",
          "model.AbstractDescribeUserPoolClientRequest",
          "model.AbstractDescribeUserPoolClientResponse",
          "model.AbstractListUserPoolClientsRequest",
          "model.AbstractListUserPoolClientsResponse",
          "model.AbstractRefreshTokenRotation",
          "model.AbstractTokenValidityUnits",
          "model.AbstractUpdateUserPoolClientRequest",
          "model.AbstractUpdateUserPoolClientResponse",
          "model.AbstractUserPoolClient",
          "model.AbstractUserPoolClientDescription",
          "model.AnalyticsConfiguration",
          "model.CreateUserPoolClientRequest",
          "model.CreateUserPoolClientResponse",
          "model.DeleteUserPoolClientRequest",
          "model.DeleteUserPoolClientResponse",
          "model.DescribeUserPoolClientRequest",
          "model.DescribeUserPoolClientResponse",
          "model.ExplicitAuthFlowsType",
          "model.FeatureType",
          "model.ListUserPoolClientsRequest",
          "model.ListUserPoolClientsResponse",
          "model.OAuthFlowType",
          "model.PoolclientStyle",
          "model.PreventUserExistenceErrorTypes",
          "model.RefreshTokenRotation",
          "model.TimeUnitsType",
          "model.TokenValidityUnits",
          "model.UpdateUserPoolClientRequest",
          "model.UpdateUserPoolClientResponse",
          "model.UserPoolClient",
          "model.UserPoolClientDescription",
          "model.UserPoolClientSettings",
          "model.UserPoolTierType",
          "pool.AbstractResourceServer",
          "pool.AbstractSchemaAttribute",
          "pool.AbstractUserPoolContext",
          "pool.ResourceServer",
          "pool.SchemaAttribute",
          "pool.UserPoolClientLookup",
          "pool.UserPoolContext",
          "pool.UserPoolLookup",
          "service.InMemoryUserPoolClientStore",
          "service.UserPoolClientService",
          "service.UserPoolClientStore",
          "service.WireAnswer",
          "testing.AdvisedRequests",
          "testing.ArbitraryBodies",
          "testing.BreakingRequests",
          "testing.Generator",
          "testing.UserPoolContexts",
          "testing.ValidRequests",
          "wire.MemberShape",
          "wire.WireFormat",
          "wire.WireType");

  @Test
  void theExportedPackagesHoldExactlyTheseTypes() throws IOException, URISyntaxException {
    ModuleDescriptor descriptor = UserPoolClientFactory.class.getModule().getDescriptor();
    // On the class path (e.g. under PIT) the module boundary cannot be observed.
    assumeTrue(descriptor != null, "running as a module");
    assertThat(exportedPublicTypes(descriptor)).containsExactlyElementsOf(EXPECTED);
  }

  private static ImmutableSortedSet<String> exportedPublicTypes(ModuleDescriptor descriptor)
      throws IOException, URISyntaxException {
    ImmutableSortedSet<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    Path classes =
        Path.of(ExportedTypesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("classes");
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String pkg : exported) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".class") || name.contains("$") || name.startsWith("package-info")) {
            continue;
          }
          String type = pkg + "." + name.substring(0, name.length() - ".class".length());
          try {
            if (Modifier.isPublic(Class.forName(type).getModifiers())) {
              out.add(type.substring(ROOT.length() + 1));
            }
          } catch (ClassNotFoundException e) {
            throw new AssertionError(type, e);
          }
        }
      }
    }
    return out.build();
  }
}
