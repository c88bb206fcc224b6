package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.AdvisoryDescriptor;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.Rule;
import io.github.poolclient.rules.model.ModelConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Returns the table rows: step, key, summary, error type and operations of every rule of the five
   * operations, model constraints first, then the lookups, then the business rules, each group in
   * chain order.
   */
  static ImmutableList<String> expectedTable() {
    Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
    ListMultimap<String, String> operations = MultimapBuilder.hashKeys().arrayListValues().build();
    RuleChain chain = RuleChain.standard();
    add(rules, operations, "Create", chain.descriptors(Operation.CREATE));
    add(rules, operations, "Update", chain.descriptors(Operation.UPDATE));
    add(rules, operations, "Describe", lookup(ModelConstraints.describeRules(), true));
    add(rules, operations, "Delete", lookup(ModelConstraints.deleteRules(), true));
    add(rules, operations, "List", lookup(ModelConstraints.listRules(), false));
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    rows.add("| # | Rule | What it checks | Error type | Operations |");
    rows.add("|---|------|----------------|------------|------------|");
    int step = 1;
    for (Stage stage : Stage.values()) {
      for (RuleDescriptor rule : rules.values()) {
        if (rule.stage() == stage) {
          rows.add(
              "| "
                  + step++
                  + " | "
                  + rule.key()
                  + " | "
                  + rule.summary().replace("|", "\\|")
                  + " | "
                  + rule.errorType().wireName()
                  + " | "
                  + String.join(", ", operations.get(rule.key()))
                  + " |");
        }
      }
    }
    return rows.build();
  }

  private static void add(
      Map<String, RuleDescriptor> rules,
      ListMultimap<String, String> operations,
      String operation,
      List<RuleDescriptor> descriptors) {
    for (RuleDescriptor rule : descriptors) {
      rules.putIfAbsent(rule.key(), rule);
      operations.put(rule.key(), operation);
    }
  }

  private static ImmutableList<RuleDescriptor> lookup(List<? extends Rule> model, boolean client) {
    ImmutableList.Builder<RuleDescriptor> out = ImmutableList.builder();
    model.forEach(rule -> out.addAll(rule.descriptors()));
    out.add(RuleChain.POOL_EXISTS);
    if (client) {
      out.add(RuleChain.CLIENT_EXISTS);
    }
    return out.build();
  }

  private static Path readme() {
    // Surefire runs in core/; the README sits at the top level.
    Path fromCore = Path.of("..", "README.md");
    return Files.exists(fromCore) ? fromCore : Path.of("README.md");
  }
}
