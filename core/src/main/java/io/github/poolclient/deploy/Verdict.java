package io.github.poolclient.deploy;

/** Says whether Cognito would create an app client of a deploy definition. */
public enum Verdict {
  /** Cognito would create the client: no violation (some rules may be not checked). */
  ACCEPT,
  /** The deploy of the client would fail: a rule is violated or the definition is malformed. */
  REJECT
}
