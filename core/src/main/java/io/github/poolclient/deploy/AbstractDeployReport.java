package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Holds the result of checking a deploy definition: one {@link ClientReport} per app client, in the
 * definition's order, and the problems of the definition as a whole.
 *
 * <pre>{@code
 * DeployReport report = DeployCheck.cloudFormation(template);
 * assertTrue(report.passed(), report::render);
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractDeployReport {
  AbstractDeployReport() {}

  /** Returns one report per app client, in the definition's order. */
  public abstract ImmutableList<ClientReport> clients();

  /** Returns the problems of the definition as a whole, e.g. a missing {@code Resources}. */
  public abstract ImmutableList<DefinitionProblem> problems();

  /** Returns whether no client has a violation or a problem and the definition has no problem. */
  public final boolean passed() {
    return problems().isEmpty()
        && clients().stream().allMatch(client -> client.verdict() == Verdict.ACCEPT);
  }

  /** Returns every violation of every client, in order. */
  public final ImmutableList<DeployViolation> violations() {
    return clients().stream()
        .flatMap(client -> client.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the report as plain text for a CI log, one line per finding. */
  public final String render() {
    return ReportText.render(this);
  }
}
