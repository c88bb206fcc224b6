package io.github.poolclient.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Proves the main code does no I/O and takes time and randomness only from what is injected. */
final class NoIoInMainCodeTest {

  private static final ImmutableList<String> FORBIDDEN_CLASS_PREFIXES =
      ImmutableList.of(
          "java/nio/file/",
          "java/io/File",
          "java/io/RandomAccessFile",
          "java/net/Socket",
          "java/net/ServerSocket",
          "java/net/URL",
          "java/net/http/",
          "java/util/logging/",
          "org/slf4j/",
          "java/util/UUID");

  private static final ImmutableList<String> FORBIDDEN_CLASSES =
      ImmutableList.of("java/util/Random", "Ljava/util/Random;");

  private static final ImmutableList<String> FORBIDDEN_MEMBERS =
      ImmutableList.of(
          "java/lang/System.currentTimeMillis",
          "java/lang/System.nanoTime",
          "java/time/Instant.now",
          "java/time/LocalDateTime.now",
          "java/time/ZonedDateTime.now",
          "java/time/OffsetDateTime.now",
          "java/lang/Math.random",
          "java/util/UUID.randomUUID",
          "java/util/Random.<init>");

  @Test
  void mainClassesUseNoFilesNetworkLoggingWallClockOrUnseededRandom() throws IOException {
    List<String> offences = new ArrayList<>();
    ImmutableList<Path> classFiles = mainClassFiles();
    assertThat(classFiles).as("main class files found").hasSizeGreaterThan(20);
    for (Path file : classFiles) {
      ClassFileScanner.References refs = ClassFileScanner.scan(file);
      for (String name : refs.classes()) {
        if (FORBIDDEN_CLASSES.contains(name)
            || FORBIDDEN_CLASS_PREFIXES.stream().anyMatch(name::startsWith)
            || FORBIDDEN_CLASS_PREFIXES.stream().anyMatch(p -> name.contains("L" + p))) {
          offences.add(file.getFileName() + " refers to " + name);
        }
      }
      for (String member : refs.members()) {
        if (FORBIDDEN_MEMBERS.contains(member)) {
          offences.add(file.getFileName() + " calls " + member);
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void scannerFindsForbiddenReferencesInATestClass() throws IOException {
    // Guards the guard: this test class itself uses java.nio.file, so the scan must see it.
    Path self = testClassesDir().resolve("io/github/poolclient/hygiene/NoIoInMainCodeTest.class");
    assertThat(ClassFileScanner.scan(self).classes()).anyMatch(n -> n.startsWith("java/nio/file/"));
    Path scanner = testClassesDir().resolve("io/github/poolclient/hygiene/ClassFileScanner.class");
    assertThat(ClassFileScanner.scan(scanner).members())
        .contains("java/nio/file/Files.newInputStream");
  }

  private static ImmutableList<Path> mainClassFiles() throws IOException {
    Path classes = testClassesDir().resolveSibling("classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          // The demo prints to the console by design; it is not part of the library.
          .filter(p -> !p.toString().contains("/demo/"))
          .collect(ImmutableList.toImmutableList());
    }
  }

  private static Path testClassesDir() {
    try {
      return Path.of(
          NoIoInMainCodeTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
