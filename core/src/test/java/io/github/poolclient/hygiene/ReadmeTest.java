package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.rules.RuleChain;
import io.github.poolclient.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's rule and advisory tables true to their own descriptors. */
final class ReadmeTest {

  private static final String BEGIN = "<!-- rules:begin -->";
  private static final String END = "<!-- rules:end -->";
  private static final String ADVICE_BEGIN = "<!-- advisories:begin -->";
  private static final String ADVICE_END = "<!-- advisories:end -->";

  @Test
  void ruleTableMatchesTheChainDescriptorsInEvaluationOrder() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README has %s", BEGIN).isNotNegative();
    assertThat(end).as("README has %s after the begin marker", END).isGreaterThan(begin);
    List<String> actual =
        Splitter.on('\n')
            .trimResults()
            .omitEmptyStrings()
            .splitToList(readme.substring(begin + BEGIN.length(), end));
    assertThat(actual)
        .as("README rule table; expected:%n%s", String.join("\n", expectedTable()))
        .containsExactlyElementsOf(expectedTable());
  }

  @Test
  void advisoryTableMatchesTheCatalogueDescriptors() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int begin = readme.indexOf(ADVICE_BEGIN);
    int end = readme.indexOf(ADVICE_END);
    assertThat(begin).as("README has %s", ADVICE_BEGIN).isNotNegative();
    assertThat(end).as("README has %s after the begin marker", ADVICE_END).isGreaterThan(begin);
    List<String> actual =
        Splitter.on('\n')
            .trimResults()
            .omitEmptyStrings()
            .splitToList(readme.substring(begin + ADVICE_BEGIN.length(), end));
    assertThat(actual)
        .as("README advisory table; expected:%n%s", String.join("\n", expectedAdvisoryTable()))
        .containsExactlyElementsOf(expectedAdvisoryTable());
  }

  /** Returns the advisory table rows, in catalogue order, from the descriptors. */
  static ImmutableList<String> expectedAdvisoryTable() {
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    rows.add("| Id | Fires when | Message | Severity | Checked on | Sources |");
    rows.add("|----|------------|---------|----------|------------|---------|");
    for (AdvisoryDescriptor advisory : Advisor.descriptors()) {
      rows.add(
          "| "
              + advisory.id()
              + " | "
              + advisory.condition().replace("|", "\\|")
              + " | "
              + advisory.summary().replace("|", "\\|")
              + " | "
              + Ascii.toLowerCase(advisory.defaultSeverity().name())
              + (advisory.onByDefault() ? "" : " (opt-in)")
              + " | "
              + advisory.scope().label()
              + " | "
              + String.join(", ", advisory.sources())
              + " |");
    }
    return rows.build();
  }

  /** Returns the table rows: step, id, summary and error type of every rule, in chain order. */
  static ImmutableList<String> expectedTable() {
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    rows.add("| # | Rule | What it checks | Error type |");
    rows.add("|---|------|----------------|------------|");
    int step = 1;
    for (RuleDescriptor rule : RuleChain.standard().descriptors()) {
      rows.add(
          "| "
              + step++
              + " | "
              + rule.id()
              + " | "
              + rule.summary().replace("|", "\\|")
              + " | "
              + rule.errorType().wireName()
              + " |");
    }
    return rows.build();
  }

  private static Path readme() {
    // Surefire runs in core/; the README sits at the top level.
    Path fromCore = Path.of("..", "README.md");
    return Files.exists(fromCore) ? fromCore : Path.of("README.md");
  }
}
