package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.advice.Severity;
import org.immutables.value.Value;

/**
 * Holds the result of checking a deploy definition: one {@link ClientReport} per app client, in the
 * definition's order, and the problems of the definition as a whole.
 *
 * <p>{@link #passed()} fails a build on what would fail the deploy; {@link #passed(Severity)} also
 * on the advisories at or above a severity that are not suppressed:
 *
 * <pre>{@code
 * DeployReport report = DeployCheck.cloudFormation(template);
 * assertTrue(report.passed(Severity.MEDIUM), report::render);
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractDeployReport {
  AbstractDeployReport() {}

  /** Returns one report per app client, in the definition's order. */
  public abstract ImmutableList<ClientReport> clients();

  /** Returns the problems of the definition as a whole, e.g. a missing {@code Resources}. */
  public abstract ImmutableList<DefinitionProblem> problems();

  /**
   * Returns what of the definition as a whole was not checked, e.g. the app clients a {@code
   * Fn::ForEach} loop generates.
   */
  public abstract ImmutableList<NotChecked> notChecked();

  /** Returns whether no client has a violation or a problem and the definition has no problem. */
  public final boolean passed() {
    return problems().isEmpty()
        && clients().stream().allMatch(client -> client.verdict() == Verdict.ACCEPT);
  }

  /**
   * Returns whether the report {@link #passed()} and no client has an advisory at or above {@code
   * floor} that is not suppressed.
   */
  public final boolean passed(Severity floor) {
    return passed() && failures(floor).isEmpty();
  }

  /**
   * Returns the advisories of every client, in order, that fail a build with this floor: not
   * suppressed and {@code floor} or more severe.
   */
  public final ImmutableList<DeployAdvisory> failures(Severity floor) {
    return clients().stream()
        .flatMap(client -> client.advisoriesAtOrAbove(floor).stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every advisory of every client, in order, suppressed ones included. */
  public final ImmutableList<DeployAdvisory> advisories() {
    return clients().stream()
        .flatMap(client -> client.advisories().stream())
        .collect(ImmutableList.toImmutableList());
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
