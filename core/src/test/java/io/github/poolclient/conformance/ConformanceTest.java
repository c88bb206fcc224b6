package io.github.poolclient.conformance;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance case (format: {@code conformance/README.md}) through the public API, one
 * dynamic test per case named by its {@code id}, grouped per file.
 *
 * <p>Reads the directory named by the system property {@value #DIR_PROPERTY}, else the project's
 * copy in the test resources: {@code mvn -pl core test -Dtest=ConformanceTest
 * -Dconformance.dir=/some/dir}.
 */
final class ConformanceTest {

  static final String DIR_PROPERTY = "conformance.dir";
  private static final String RESOURCE = "/conformance/cases";
  private static final String SOURCE_DIR = "src/test/resources/conformance/cases";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @TestFactory
  Stream<DynamicNode> conformanceCases() throws IOException {
    Path dir = casesDirectory();
    ImmutableList<Path> files = caseFiles(dir);
    ImmutableListMultimap<Path, ConformanceCase> casesByFile =
        files.stream()
            .collect(
                ImmutableListMultimap.flatteningToImmutableListMultimap(
                    file -> file, file -> read(file).stream()));
    Stream<DynamicNode> perFile =
        files.stream()
            .map(
                file ->
                    dynamicContainer(
                        file.getFileName().toString(),
                        file.toUri(),
                        casesByFile.get(file).stream()
                            .map(c -> dynamicTest(c.id(), file.toUri(), c::run))));
    return Stream.concat(Stream.of(uniqueIds(casesByFile.values())), perFile);
  }

  /** Returns the cases directory: the system property, else the test resources' copy. */
  static Path casesDirectory() {
    String property = System.getProperty(DIR_PROPERTY, "");
    Path dir = property.isBlank() ? projectCopy() : Path.of(property);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("conformance cases directory not found: " + dir);
    }
    return dir;
  }

  private static Path projectCopy() {
    // The copy on the class path (target/test-classes), which also resolves under the module
    // path; else the source folder, relative to the module directory Surefire runs in.
    URL url = ConformanceTest.class.getResource(RESOURCE);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("bad resource URL " + url, e);
      }
    }
    return Path.of(System.getProperty("basedir", "")).resolve(SOURCE_DIR);
  }

  private static ImmutableList<Path> caseFiles(Path dir) throws IOException {
    ImmutableList<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(Files::isRegularFile)
              .sorted()
              .collect(toImmutableList());
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no *.json case files in " + dir);
    }
    return files;
  }

  private static ImmutableList<ConformanceCase> read(Path file) {
    List<Map<String, Object>> entries;
    try {
      entries = JSON.readValue(file.toFile(), new TypeReference<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new IllegalStateException("cannot read case file " + file + ": " + e.getMessage(), e);
    }
    ImmutableList.Builder<ConformanceCase> cases = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      cases.add(ConformanceCase.of(entries.get(i), file.getFileName() + "[" + i + "]"));
    }
    return cases.build();
  }

  /** README: ids are unique across all files; a duplicate fails the run. */
  private static DynamicTest uniqueIds(Collection<ConformanceCase> cases) {
    return dynamicTest(
        "case ids are unique across files",
        () -> {
          String duplicates =
              Multimaps.index(cases, ConformanceCase::id).asMap().entrySet().stream()
                  .filter(e -> e.getValue().size() > 1)
                  .map(
                      e ->
                          e.getKey()
                              + " in "
                              + e.getValue().stream()
                                  .map(ConformanceCase::origin)
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("; "));
          if (!duplicates.isEmpty()) {
            throw new AssertionError("duplicate case ids: " + duplicates);
          }
        });
  }
}
