package io.github.poolclient.pool;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds one attribute of a pool's schema ({@code SchemaAttributeType} of DescribeUserPool): its
 * name as clients name it ({@code email}, {@code custom:tenant}, {@code dev:custom:legacyId}) and
 * its flags.
 *
 * <pre>{@code
 * SchemaAttribute tenant = SchemaAttribute.of("custom:tenant");
 * SchemaAttribute email = SchemaAttribute.builder().name("email").required(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractSchemaAttribute {
  AbstractSchemaAttribute() {}

  /** Returns the attribute name, with its {@code custom:} or {@code dev:custom:} prefix. */
  @Value.Parameter
  public abstract String name();

  /** Returns whether every user must have this attribute. */
  @Value.Default
  public boolean required() {
    return false;
  }

  /** Returns whether the attribute can change after sign-up. */
  @Value.Default
  public boolean mutable() {
    return true;
  }

  /** Returns the {@code AttributeDataType} ({@code String}, {@code Number}, ...), if given. */
  public abstract Optional<String> attributeDataType();

  /** Returns whether this is a developer-only attribute ({@code dev:custom:<name>}). */
  public final boolean developerOnly() {
    return name().startsWith(UserPoolContext.DEVELOPER_ONLY_PREFIX);
  }
}
