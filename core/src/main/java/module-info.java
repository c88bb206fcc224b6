/** poolclient: offline emulation of Amazon Cognito's CreateUserPoolClient. */
module io.github.poolclient {
  exports io.github.poolclient;
  exports io.github.poolclient.deploy;
  exports io.github.poolclient.error;
  exports io.github.poolclient.model;
  exports io.github.poolclient.pool;
  exports io.github.poolclient.rules;
  exports io.github.poolclient.testing;
  exports io.github.poolclient.wire;

  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static org.yaml.snakeyaml; // optional: only CloudFormationYaml uses it
}
