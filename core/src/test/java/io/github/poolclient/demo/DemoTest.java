package io.github.poolclient.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class DemoTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String runDemo() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(UTF_8);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(Demo.toJson("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fj é ☃"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj é ☃\"");
  }

  @Test
  void printsObjectsAndListsIndentedAndEmptyOnesInline() {
    Map<String, Object> value =
        ImmutableMap.of(
            "a", ImmutableList.of("x", 1),
            "b", ImmutableMap.of(),
            "c", ImmutableList.of(),
            "d", true,
            "e", new BigDecimal("1767225600.000"));

    assertThat(Demo.toJson(value))
        .isEqualTo(
            """
            {
              "a": [
                "x",
                1
              ],
              "b": {},
              "c": [],
              "d": true,
              "e": 1767225600.000
            }""");
  }

  @Test
  void writesDoublesWithoutExponent() {
    assertThat(Demo.toJson(1.7672256E9)).isEqualTo("1767225600");
    assertThat(Demo.toJson(0.5)).isEqualTo("0.5");
  }

  @Test
  void printsJsonThatAJsonParserReadsBack() throws Exception {
    Map<String, Object> value =
        ImmutableMap.of(
            "quote\"key", ImmutableList.of("back\\slash", "tab\there", "\u0000", "ünï"),
            "nested", ImmutableMap.of("n", 42, "f", false));

    Map<String, Object> parsed =
        JSON.readValue(Demo.toJson(value), new TypeReference<Map<String, Object>>() {});

    assertThat(parsed).isEqualTo(value);
  }

  @Test
  void rejectsValuesThatAreNotJson() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Demo.toJson(new Object()))
        .withMessage("not a JSON value: java.lang.Object");
  }

  @Test
  void printsTheThreeAnswersAndTheValidateReport() throws Exception {
    String out = runDemo();

    List<String> blocks = List.of(out.split("\n== "));
    assertThat(blocks).hasSize(6);
    assertThat(blocks.get(0)).startsWith("== Web client");
    for (String block : blocks.subList(0, 3)) {
      String json = block.substring(block.indexOf('\n') + 1);
      assertThat(JSON.readTree(json).isObject()).as(json).isTrue();
    }
    assertThat(blocks.get(1)).contains("\"ClientSecret\": \"");
    assertThat(blocks.get(2))
        .contains("\"__type\": \"InvalidParameterException\"")
        .contains("\"message\": \"Invalid range for token validity.\"");
    assertThat(blocks.get(3).lines().skip(1))
        .containsExactly(
            "TV-03  accessTokenValidity  InvalidParameterException  Invalid range for token"
                + " validity.",
            "OA-05  allowedOAuthFlows  InvalidOAuthFlowException  client_credentials flow can not be"
                + " selected if client does not have a client secret.",
            "OA-08  allowedOAuthScopes  ScopeDoesNotExistException  Invalid scope requested:"
                + " https://api.example.com/delete",
            "URL-02  callbackURLs  InvalidParameterException  http://app.example.com/callback"
                + " cannot use the HTTP protocol.");
    assertThat(blocks.get(4).lines().skip(1))
        .containsExactly(
            "SupportedIdentityProviders: [COGNITO] -> []",
            "CallbackURLs: [https://app.example.com/callback] -> []",
            "AllowedOAuthFlows: [code] -> []",
            "AllowedOAuthScopes: [email, openid] -> []",
            "AllowedOAuthFlowsUserPoolClient: true -> false");
    assertThat(blocks.get(5))
        .startsWith(
            "The same Update built with UpdateUserPoolClientRequest.from(stored) resets 0 members");
  }

  @Test
  void printsTheGeneratedSecretOnlyInTheResponseOfTheMachineClient() {
    String out = runDemo();

    Matcher secret = Pattern.compile("\"ClientSecret\": \"([0-9a-v]{52})\"").matcher(out);
    assertThat(secret.find()).isTrue();
    assertThat(out.split(secret.group(1), -1)).hasSize(2);
  }

  @Test
  void printsTheSameOutputOnEveryRun() {
    assertThat(runDemo()).isEqualTo(runDemo());
  }
}
