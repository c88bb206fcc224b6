package io.github.poolclient.deploy;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Stands for the id of a user pool that the same definition creates: a {@code Ref} (or {@code
 * Fn::GetAtt ... UserPoolId}) to an {@code AWS::Cognito::UserPool}, or a Terraform reference to an
 * {@code aws_cognito_user_pool}. The id itself is known only at deploy time, but it is a valid id
 * of that pool.
 */
final class PoolReference {
  private final String resource;

  PoolReference(String resource) {
    this.resource = checkNotNull(resource, "resource");
  }

  /** Returns the pool's logical id or Terraform address. */
  String resource() {
    return resource;
  }

  @Override
  public String toString() {
    return "PoolReference(" + resource + ")";
  }
}
