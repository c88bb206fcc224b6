package io.github.poolclient.deploy;

import io.github.poolclient.advice.Advisor;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one suppression of a deploy definition (an advisory id and a reason) into a client's
 * suppressions, recording a {@link DefinitionProblem} instead of throwing when it is malformed: an
 * id that is not a string or not in the catalogue, a blank or missing reason, an id suppressed
 * twice.
 */
final class Suppressions {
  private Suppressions() {}

  /** Adds the suppression at {@code path} to {@code out}, or records why it cannot be read. */
  static void add(
      String idPath,
      @Nullable Object id,
      String reasonPath,
      @Nullable Object reason,
      Map<String, String> out,
      List<DefinitionProblem> problems) {
    String name = id instanceof String text ? text : "";
    boolean ok = false;
    if (!(id instanceof String)) {
      problems.add(
          DefinitionProblem.of(idPath, "expected an advisory id such as ADV-04, got " + kind(id)));
    } else if (Advisor.descriptor(name).isEmpty()) {
      problems.add(DefinitionProblem.of(idPath, "no advisory " + name + " in the catalogue"));
    } else if (out.containsKey(name)) {
      problems.add(DefinitionProblem.of(idPath, name + " is suppressed twice"));
    } else {
      ok = true;
    }
    if (!(reason instanceof String text) || text.isBlank()) {
      problems.add(
          DefinitionProblem.of(
              reasonPath,
              "a suppression needs a reason (a non-blank string), got "
                  + (reason instanceof String ? "a blank string" : kind(reason))));
      return;
    }
    if (ok) {
      out.put(name, text);
    }
  }

  /** Returns what a value is, for a problem message. */
  static String kind(@Nullable Object value) {
    return value == null ? "nothing" : ClientChecker.describe(value);
  }
}
