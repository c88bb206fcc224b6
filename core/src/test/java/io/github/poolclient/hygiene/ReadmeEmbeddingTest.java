package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's embedding glue identical to the handler the AWS SDK test runs ({@code
 * service/EmulatorServer.java}, between its {@code readme:embed} markers).
 */
final class ReadmeEmbeddingTest {

  private static final String SECTION = "## Embed it in an emulator";
  private static final String HANDLER =
      "src/test/java/io/github/poolclient/service/EmulatorServer.java";
  private static final String BEGIN = "// readme:embed:begin";
  private static final String END = "// readme:embed:end";
  private static final int MAX_GLUE_LINES = 20;

  @Test
  void readmeSnippetIsTheHandlerTheSdkTestRuns() throws IOException {
    String handler = Files.readString(Path.of(HANDLER), StandardCharsets.UTF_8);
    int begin = handler.indexOf(BEGIN);
    int end = handler.indexOf(END);
    assertThat(begin).as("handler has %s", BEGIN).isNotNegative();
    assertThat(end).as("handler has %s after the begin marker", END).isGreaterThan(begin);
    List<String> glue = dedent(lines(handler.substring(begin + BEGIN.length(), end)));

    assertThat(lastJavaBlockOfSection(readme())).containsExactlyElementsOf(glue);
    assertThat(glue).hasSizeLessThanOrEqualTo(MAX_GLUE_LINES);
  }

  /** Returns the lines of the section's last {@code ```java} block (the glue; before it: setup). */
  private static List<String> lastJavaBlockOfSection(String readme) {
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README has %s", SECTION).isNotNegative();
    int next = readme.indexOf("\n## ", section + SECTION.length());
    String body = readme.substring(section, next < 0 ? readme.length() : next);
    int open = body.lastIndexOf("```java\n");
    assertThat(open).as("section has a java block").isNotNegative();
    int close = body.indexOf("\n```", open + "```java\n".length());
    return lines(body.substring(open + "```java\n".length(), close));
  }

  private static List<String> lines(String text) {
    List<String> all = Splitter.on('\n').splitToList(text);
    return all.stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
  }

  private static List<String> dedent(List<String> lines) {
    int indent =
        lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.substring(indent)).collect(Collectors.toList());
  }

  private static String readme() throws IOException {
    // Surefire runs in core/; the README sits at the top level.
    Path fromCore = Path.of("..", "README.md");
    return Files.readString(
        Files.exists(fromCore) ? fromCore : Path.of("README.md"), StandardCharsets.UTF_8);
  }
}
