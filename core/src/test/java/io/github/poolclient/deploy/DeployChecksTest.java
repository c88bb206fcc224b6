package io.github.poolclient.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every template of the shared deploy-check corpus ({@code deploy-checks/README.md}): the
 * verdict, error type and message (or model items) must be those of {@code index.json}, and an
 * ACCEPT template must give no violation at all. The same cases run again as short-form YAML.
 *
 * <p>Reads the directory named by {@value #DIR_PROPERTY}, else the test resources' unchanged copy:
 * {@code mvn -pl core test -Dtest=DeployChecksTest -Ddeploychecks.dir=/some/dir/cloudformation}.
 */
final class DeployChecksTest {

  static final String DIR_PROPERTY = "deploychecks.dir";
  private static final String RESOURCE = "/deploy-checks/cloudformation";

  static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** One entry of {@code index.json}. */
  record Case(
      String id,
      String template,
      String verdict,
      String errorType,
      String message,
      List<String> items) {
    @SuppressWarnings("unchecked")
    static Case of(Map<String, Object> entry) {
      return new Case(
          String.valueOf(entry.get("id")),
          String.valueOf(entry.get("template")),
          String.valueOf(entry.get("verdict")),
          (String) entry.getOrDefault("errorType", ""),
          (String) entry.getOrDefault("message", ""),
          (List<String>) entry.getOrDefault("items", List.of()));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJsonTemplateGetsItsVerdictAndMessage() throws IOException {
    Path dir = directory();
    return cases(dir).stream()
        .map(
            c ->
                dynamicTest(
                    c.id(),
                    () -> {
                      check(c, DeployCheck.cloudFormation(template(dir, c)));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyTemplateAsShortFormYamlGetsTheSameReport() throws IOException {
    Path dir = directory();
    return cases(dir).stream()
        .map(
            c ->
                dynamicTest(
                    c.id(),
                    () -> {
                      Map<String, Object> template = template(dir, c);
                      String yaml = ShortFormYaml.write(template);
                      DeployReport fromYaml =
                          DeployCheck.cloudFormation(CloudFormationYaml.parse(yaml));
                      check(c, fromYaml);
                      assertThat(fromYaml).isEqualTo(DeployCheck.cloudFormation(template));
                    }));
  }

  @Test
  void theCorpusHasBothVerdicts() throws IOException {
    ImmutableList<Case> cases = cases(directory());
    assertThat(cases).extracting(Case::verdict).contains("ACCEPT", "REJECT");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
  }

  static void check(Case c, DeployReport report) {
    assertThat(report.problems()).as("template problems").isEmpty();
    assertThat(report.clients()).as("clients").hasSize(1);
    ClientReport client = report.clients().get(0);
    assertThat(client.problems()).as("client problems").isEmpty();
    assertThat(client.verdict().name()).as(report.render()).isEqualTo(c.verdict());
    if (c.verdict().equals("ACCEPT")) {
      assertThat(client.violations()).isEmpty();
      return;
    }
    assertThat(client.errorType().map(ErrorType::wireName))
        .as(report.render())
        .contains(c.errorType());
    if (!c.items().isEmpty()) {
      // As in the conformance README: the items of a model error are equal as a set.
      assertThat(client.modelItems())
          .as(report.render())
          .containsExactlyInAnyOrderElementsOf(c.items());
    } else if (!c.message().isEmpty()) {
      // The pool's id is known only at deploy: the message shows ${<pool logical id>} for it.
      String actual = client.errorMessage().orElseThrow();
      String pattern = Pattern.quote(actual).replace("${UserPool}", "\\E[\\w-]+_[0-9a-zA-Z]+\\Q");
      assertThat(c.message()).as(report.render()).matches(pattern);
    }
  }

  static ImmutableList<Case> cases(Path dir) throws IOException {
    List<Map<String, Object>> index =
        JSON.readValue(
            dir.resolve("index.json").toFile(), new TypeReference<List<Map<String, Object>>>() {});
    return index.stream().map(Case::of).collect(ImmutableList.toImmutableList());
  }

  static Map<String, Object> template(Path dir, Case c) throws IOException {
    return JSON.readValue(
        dir.resolve(c.template()).toFile(), new TypeReference<Map<String, Object>>() {});
  }

  static Path directory() {
    String property = System.getProperty(DIR_PROPERTY, "");
    Path dir = property.isBlank() ? projectCopy() : Path.of(property);
    if (!Files.isRegularFile(dir.resolve("index.json"))) {
      throw new IllegalStateException("no index.json in deploy-checks directory " + dir);
    }
    return dir;
  }

  private static Path projectCopy() {
    URL url = DeployChecksTest.class.getResource(RESOURCE);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("bad resource URL " + url, e);
      }
    }
    return Path.of(System.getProperty("basedir", "")).resolve("src/test/resources" + RESOURCE);
  }
}
