package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;

/**
 * Renders a {@link DeployReport} as plain text for a CI log: per client, its problems, violations,
 * advisories, and what was not checked.
 */
final class ReportText {
  private ReportText() {}

  static String render(AbstractDeployReport report) {
    StringBuilder out = new StringBuilder();
    long rejected = report.clients().stream().filter(c -> c.verdict() == Verdict.REJECT).count();
    out.append("poolclient: ")
        .append(report.clients().size())
        .append(report.clients().size() == 1 ? " app client, " : " app clients, ")
        .append(rejected)
        .append(" rejected");
    long advisories = report.advisories().size();
    if (advisories > 0) {
      long suppressed = report.advisories().stream().filter(DeployAdvisory::suppressed).count();
      out.append(", ")
          .append(advisories)
          .append(advisories == 1 ? " advisory" : " advisories")
          .append(suppressed == 0 ? "" : " (" + suppressed + " suppressed)");
    }
    if (!report.problems().isEmpty()) {
      out.append(", ").append(report.problems().size()).append(" definition problem(s)");
    }
    out.append('\n');
    for (DefinitionProblem problem : report.problems()) {
      out.append("problem ").append(problem.path()).append(": ").append(problem.message());
      out.append('\n');
    }
    for (NotChecked notChecked : report.notChecked()) {
      out.append("not checked ")
          .append(notChecked.path())
          .append(" (")
          .append(notChecked.reason())
          .append(")\n");
    }
    for (ClientReport client : report.clients()) {
      out.append(client.resource()).append(": ").append(client.verdict());
      if (client.errorType().isPresent() && client.errorMessage().isPresent()) {
        out.append(" (")
            .append(client.errorType().get().wireName())
            .append(": ")
            .append(client.errorMessage().get())
            .append(')');
      }
      out.append('\n');
      for (DefinitionProblem problem : client.problems()) {
        out.append("  problem ").append(problem.path()).append(": ").append(problem.message());
        out.append('\n');
      }
      for (DeployViolation violation : client.violations()) {
        out.append("  ")
            .append(violation.ruleId())
            .append(' ')
            .append(violation.path())
            .append(": ")
            .append(violation.errorType().wireName())
            .append(": ")
            .append(violation.message())
            .append('\n');
      }
      for (DeployAdvisory advisory : client.advisories()) {
        out.append("  ").append(advisory.id()).append(' ').append(advisory.severity());
        advisory
            .suppressionReason()
            .ifPresent(reason -> out.append(" suppressed (").append(reason).append(')'));
        out.append(' ')
            .append(advisory.path())
            .append(": ")
            .append(advisory.message())
            .append('\n');
      }
      for (NotChecked notChecked : client.notChecked()) {
        out.append("  not checked ")
            .append(notChecked.path())
            .append(" (")
            .append(notChecked.reason());
        out.append(')');
        if (!notChecked.ruleIds().isEmpty() || !notChecked.advisoryIds().isEmpty()) {
          out.append(": ")
              .append(
                  String.join(
                      ", ",
                      ImmutableList.<String>builder()
                          .addAll(notChecked.ruleIds())
                          .addAll(notChecked.advisoryIds())
                          .build()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
