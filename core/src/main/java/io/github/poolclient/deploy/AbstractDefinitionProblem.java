package io.github.poolclient.deploy;

import org.immutables.value.Value;

/**
 * Holds a problem of the deploy definition itself rather than of an app client's configuration: a
 * missing {@code Resources} section, a property of the wrong type, a {@code Ref} to nothing, a
 * circular reference. CloudFormation or Terraform would fail on it before Cognito is called.
 */
@Value.Immutable
public abstract class AbstractDefinitionProblem {
  AbstractDefinitionProblem() {}

  /** Returns the path of the offending node, e.g. {@code Resources.WebClient.Properties}. */
  @Value.Parameter
  public abstract String path();

  /** Returns what is wrong there. */
  @Value.Parameter
  public abstract String message();
}
