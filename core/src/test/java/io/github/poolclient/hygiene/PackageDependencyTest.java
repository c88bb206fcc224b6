package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package structure layered: no two packages of the main code depend on each other,
 * directly or through others, and the defaults resolver knows nothing of the rules.
 */
final class PackageDependencyTest {

  private static final String ROOT = "io/github/poolclient/";

  @Test
  void packagesFormNoCycle() throws IOException, URISyntaxException {
    MutableGraph<String> graph = dependencies();
    assertThat(graph.nodes()).contains("rules", "chain", "wire", "defaults", "model");
    assertThat(Graphs.hasCycle(graph))
        .as("package dependencies (a cycle must not exist): %s", graph.edges())
        .isFalse();
  }

  @Test
  void defaultsAndTheValidityModelDoNotDependOnTheRules() throws IOException, URISyntaxException {
    MutableGraph<String> graph = dependencies();
    for (String lower : List.of("defaults", "validity", "model", "error")) {
      assertThat(Graphs.reachableNodes(graph, lower))
          .as("packages %s reaches", lower)
          .doesNotContain("rules", "chain");
    }
  }

  @Test
  void seesACycleWhenThereIsOne() {
    MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(false).build();
    graph.putEdge("rules", "rules.oauth");
    graph.putEdge("rules.oauth", "rules");
    assertThat(Graphs.hasCycle(graph)).isTrue();
  }

  /** Returns the graph of main-code packages (relative to the root, "" for the root itself). */
  private static MutableGraph<String> dependencies() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
                PackageDependencyTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolveSibling("classes");
    MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(false).build();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String self = packageOf(classes.relativize(file).toString().replace('\\', '/'));
        if (self == null || self.equals("demo")) {
          continue;
        }
        graph.addNode(self);
        for (String referenced : ClassFileScanner.scan(file).classes()) {
          String other = packageOf(referenced);
          if (other != null && !other.equals(self) && !other.equals("demo")) {
            graph.putEdge(self, other);
          }
        }
      }
    }
    return graph;
  }

  /** Returns the package of a class file path below the root, dotted, or null outside the root. */
  private static String packageOf(String internalName) {
    if (!internalName.startsWith(ROOT)) {
      return null;
    }
    String rest = internalName.substring(ROOT.length());
    int slash = rest.lastIndexOf('/');
    return slash < 0 ? "(root)" : rest.substring(0, slash).replace('/', '.');
  }
}
