package io.github.poolclient.deploy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses a CloudFormation YAML template, turning the short-form tags ({@code !Ref}, {@code !Sub},
 * {@code !GetAtt}, {@code !If}, ...) into the long form {@link DeployCheck#cloudFormation} reads.
 *
 * <p>Needs SnakeYAML 2 on the class or module path (an optional dependency of poolclient: add
 * {@code org.yaml:snakeyaml} to your test dependencies). Every tag {@code !Name} becomes {@code
 * {"Fn::Name": value}}, except {@code !Ref} and {@code !Condition}, which keep their name, as the
 * CloudFormation user guide's "Intrinsic function reference" spells the short forms. Timestamps
 * stay strings, as CloudFormation reads them.
 *
 * <pre>{@code
 * Map<String, Object> template = CloudFormationYaml.parse(Files.readString(Path.of("template.yaml")));
 * }</pre>
 */
public final class CloudFormationYaml {
  private CloudFormationYaml() {}

  /**
   * Returns the template as plain Java values in the long form of the intrinsic functions.
   *
   * @throws DefinitionParseException if {@code yaml} is not YAML or not a mapping at the top
   * @throws NullPointerException if {@code yaml} is null
   */
  public static Map<String, Object> parse(String yaml) {
    checkNotNull(yaml, "yaml");
    LoaderOptions options = new LoaderOptions();
    Object loaded;
    try {
      loaded = new Yaml(new ShortFormConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new DefinitionParseException("not a YAML template: " + e.getMessage());
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new DefinitionParseException(
          "not a CloudFormation template: expected a mapping at the top, got "
              + (loaded == null ? "nothing" : ClientChecker.describe(loaded)));
    }
    Map<String, Object> template = new LinkedHashMap<>();
    map.forEach((key, value) -> template.put(String.valueOf(key), value));
    return template;
  }

  /** Constructs short-form tags as long-form maps; everything else as SnakeYAML's safe types. */
  private static final class ShortFormConstructor extends SafeConstructor {
    ShortFormConstructor(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
      this.yamlMultiConstructors.put("!", new ConstructShortForm());
    }

    private final class ConstructShortForm extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String name = node.getTag().getValue().substring(1);
        String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        Object value;
        if (node instanceof ScalarNode scalar) {
          value = constructScalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return ImmutableMap.of(key, value);
      }
    }
  }
}
