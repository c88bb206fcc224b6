package io.github.poolclient.demo;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.advice.ResetMember;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.ResourceServer;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.wire.WireFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Creates three app clients in one user pool and prints what Amazon Cognito would answer: a web
 * client, a machine-to-machine client and a broken configuration, whose {@code validate} report
 * follows; then what an Update that sends only a new name would reset on the web client (UPD-01),
 * and the same Update made safe with {@code UpdateUserPoolClientRequest.from(stored)}.
 *
 * <p>The clock and the random source are fixed, so every run prints the same ids and dates. The
 * generated secret of the machine-to-machine client is part of Cognito's response, so it is printed
 * there; nothing else prints a secret.
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo; takes no arguments. */
  public static void main(String[] args) {
    UserPoolClientFactory factory =
        UserPoolClientFactory.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .random(new SplittableRandom(2026))
            .build();
    UserPoolContext pool =
        UserPoolContext.builder()
            .id("us-east-1_Example01")
            .addResourceServers(
                ResourceServer.of("https://api.example.com", ImmutableList.of("read", "write")))
            .build();

    CreateUserPoolClientRequest web =
        CreateUserPoolClientRequest.builder()
            .userPoolId(pool.id())
            .clientName("web")
            .allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlowsAsStrings(ImmutableList.of("code"))
            .allowedOAuthScopes(ImmutableList.of("openid", "email"))
            .callbackURLs(ImmutableList.of("https://app.example.com/callback"))
            .supportedIdentityProviders(ImmutableList.of("COGNITO"))
            .build();
    CreateUserPoolClientRequest machine =
        CreateUserPoolClientRequest.builder()
            .userPoolId(pool.id())
            .clientName("reporting-job")
            .generateSecret(true)
            .allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
            .allowedOAuthScopes(ImmutableList.of("https://api.example.com/read"))
            .build();
    CreateUserPoolClientRequest broken =
        CreateUserPoolClientRequest.builder()
            .userPoolId(pool.id())
            .clientName("broken")
            .accessTokenValidity(4)
            .tokenValidityUnits(TokenValidityUnits.builder().accessTokenAsString("minutes").build())
            .allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlowsAsStrings(ImmutableList.of("client_credentials"))
            .allowedOAuthScopes(ImmutableList.of("https://api.example.com/delete"))
            .callbackURLs(ImmutableList.of("http://app.example.com/callback"))
            .build();

    print("Web client, authorization code flow", factory, web, pool);
    print(
        "Machine-to-machine client, client_credentials with a generated secret",
        factory,
        machine,
        pool);
    print("Broken configuration: create raises the first problem", factory, broken, pool);

    System.out.println("== validate reports every problem of the broken configuration");
    for (Violation v : factory.validate(broken, pool)) {
      System.out.println(
          v.ruleId() + "  " + v.field() + "  " + v.errorType().wireName() + "  " + v.message());
    }
    System.out.println();

    // UpdateUserPoolClient replaces the whole configuration (UPD-01): what a naive update resets.
    UserPoolClient stored = factory.create(web, pool).userPoolClient();
    UpdateUserPoolClientRequest rename =
        UpdateUserPoolClientRequest.builder()
            .userPoolId(pool.id())
            .clientId(stored.clientId())
            .clientName("web-2026")
            .build();
    System.out.println("== An Update that sends only the new name would reset");
    for (ResetMember reset : factory.resets(rename, pool, stored).resets()) {
      System.out.println(reset.wireName() + ": " + reset.oldValue() + " -> " + reset.newValue());
    }
    UpdateUserPoolClientRequest safe =
        UpdateUserPoolClientRequest.from(stored).clientName("web-2026").build();
    System.out.println();
    System.out.println(
        "== The same Update built with UpdateUserPoolClientRequest.from(stored) resets "
            + factory.resets(safe, pool, stored).resets().size()
            + " members");
  }

  /** Prints the wire JSON Cognito would answer: the response, or the error body. */
  private static void print(
      String title,
      UserPoolClientFactory factory,
      CreateUserPoolClientRequest request,
      UserPoolContext pool) {
    Map<String, Object> answer;
    try {
      answer = WireFormat.write(factory.create(request, pool));
    } catch (CognitoException e) {
      answer = WireFormat.write(e);
    }
    System.out.println("== " + title);
    System.out.println(toJson(answer));
    System.out.println();
  }

  /** Returns {@code value} (Map, List, String, Number or Boolean) as indented JSON. */
  static String toJson(Object value) {
    StringBuilder json = new StringBuilder();
    appendJson(value, "", json);
    return json.toString();
  }

  /** Appends {@code value} (Map, List, String, Number or Boolean) as indented JSON. */
  private static void appendJson(Object value, String indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      appendMembers(map.entrySet().iterator(), "{", "}", indent, out);
    } else if (value instanceof List<?> list) {
      appendMembers(list.iterator(), "[", "]", indent, out);
    } else if (value instanceof String text) {
      appendString(text, out);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      out.append(BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  /** Appends the entries of an object or the items of a list, one per line. */
  private static void appendMembers(
      Iterator<?> members, String open, String close, String indent, StringBuilder out) {
    out.append(open);
    String inner = indent + "  ";
    String separator = "\n";
    boolean empty = true;
    while (members.hasNext()) {
      out.append(separator).append(inner);
      Object member = members.next();
      if (member instanceof Map.Entry<?, ?> entry) {
        appendString(String.valueOf(entry.getKey()), out);
        out.append(": ");
        appendJson(entry.getValue(), inner, out);
      } else {
        appendJson(member, inner, out);
      }
      separator = ",\n";
      empty = false;
    }
    out.append(empty ? "" : "\n" + indent).append(close);
  }

  /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
  private static void appendString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u").append(Strings.padStart(Integer.toHexString(c), 4, '0'));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
