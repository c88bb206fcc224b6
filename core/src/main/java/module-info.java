/**
 * poolclient: offline emulation of Amazon Cognito's app-client operations. The rule chain ({@code
 * rules}), the defaults resolver, the token validity model and id generation are internal.
 */
module io.github.poolclient {
  exports io.github.poolclient;
  exports io.github.poolclient.advice;
  exports io.github.poolclient.deploy;
  exports io.github.poolclient.error;
  exports io.github.poolclient.model;
  exports io.github.poolclient.pool;
  exports io.github.poolclient.service;
  exports io.github.poolclient.testing;
  exports io.github.poolclient.wire;

  requires transitive com.google.common;
  requires static com.google.errorprone.annotations; // @Immutable, checked at compile time
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static org.yaml.snakeyaml; // optional: only CloudFormationYaml uses it
}
