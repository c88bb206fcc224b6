package io.github.poolclient.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a long-form template as block-style YAML with short-form tags ({@code !Ref x}, {@code
 * !GetAtt a.b}, {@code !Join} over a block sequence), the way people write {@code template.yaml}.
 */
final class ShortFormYaml {
  private ShortFormYaml() {}

  static String write(Map<String, Object> template) {
    StringBuilder out = new StringBuilder();
    mapping(template, 0, out);
    return out.toString();
  }

  private static void mapping(Map<?, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(scalar(String.valueOf(entry.getKey()))).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  /** Writes a value after a "key:" or "-" already on the line. */
  private static void value(@Nullable Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map && map.size() == 1) {
      String key = String.valueOf(map.keySet().iterator().next());
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        String tag = "!" + (key.equals("Ref") ? "Ref" : key.substring(4));
        Object argument = map.get(key);
        if (key.equals("Fn::GetAtt")
            && argument instanceof List<?> list
            && list.size() == 2
            && list.get(1) instanceof String) {
          out.append(' ')
              .append(tag)
              .append(' ')
              .append(list.get(0))
              .append('.')
              .append(list.get(1));
          out.append('\n');
          return;
        }
        out.append(' ').append(tag);
        if (argument instanceof Map<?, ?> inner && !inner.isEmpty()) {
          // A node has one tag: a nested function stays in the long form.
          out.append('\n');
          mapping(inner, indent + 2, out);
          return;
        }
        value(argument, indent, out);
        return;
      }
    }
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      mapping(map, indent + 2, out);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        out.append(" ".repeat(indent + 2)).append('-');
        if (item instanceof Map<?, ?> m && !m.isEmpty() && !isFunction(m)) {
          out.append('\n');
          mapping(m, indent + 4, out);
        } else {
          value(item, indent + 2, out);
        }
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static boolean isFunction(Map<?, ?> map) {
    if (map.size() != 1) {
      return false;
    }
    String key = String.valueOf(map.keySet().iterator().next());
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  private static String scalar(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "{}";
    }
    if (value instanceof List) {
      return "[]";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    try {
      return DeployChecksTest.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
