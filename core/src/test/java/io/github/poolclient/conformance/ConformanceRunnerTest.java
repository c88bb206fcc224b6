package io.github.poolclient.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Checks that the runner reports a case that does not hold by its id, whatever the operation. */
final class ConformanceRunnerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void alteredUpdateCaseIsReportedByItsId() throws IOException {
    Map<String, Object> entry = entry("update.json", "update/client-name-kept-when-omitted");
    member(entry, "expect", "client").put("ClientName", "altered");

    assertThatThrownBy(ConformanceCase.of(entry, "update.json[altered]")::run)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("update/client-name-kept-when-omitted: ")
        .hasMessageContaining("ClientName: expected \"altered\"");
  }

  @Test
  void alteredListCaseIsReportedByItsId() throws IOException {
    Map<String, Object> entry =
        entry("client-operations.json", "client-operations/list-oldest-first");
    member(entry, "expect", "page").put("NextToken", true);

    assertThatThrownBy(ConformanceCase.of(entry, "client-operations.json[altered]")::run)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("client-operations/list-oldest-first: ")
        .hasMessageContaining("NextToken: expected present but was null");
  }

  @Test
  void alteredDeleteCaseIsReportedByItsId() throws IOException {
    Map<String, Object> entry =
        entry("client-operations.json", "client-operations/delete-existing-client");
    Map<String, Object> request = member(entry, "request");
    request.put("ClientId", "25oa5u3vup2jmhl270e7shudkl");

    assertThatThrownBy(ConformanceCase.of(entry, "client-operations.json[altered]")::run)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("client-operations/delete-existing-client: ")
        .hasMessageContaining("expected the client deleted but got");
  }

  private static Map<String, Object> entry(String file, String id) throws IOException {
    List<Map<String, Object>> cases;
    try (InputStream in =
        Objects.requireNonNull(
            ConformanceRunnerTest.class.getResourceAsStream("/conformance/cases/" + file), file)) {
      cases = JSON.readValue(in, new TypeReference<List<Map<String, Object>>>() {});
    }
    return cases.stream()
        .filter(c -> id.equals(c.get("id")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no case " + id + " in " + file));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> object, String... path) {
    Map<String, Object> current = object;
    for (String name : path) {
      current = (Map<String, Object>) Objects.requireNonNull(current.get(name), name);
    }
    return current;
  }
}
