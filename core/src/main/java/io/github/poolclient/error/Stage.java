package io.github.poolclient.error;

/** Says at which step of Cognito's evaluation a {@link Violation} is found (catalogue 12.1). */
public enum Stage {
  /** Model constraints (length, range, pattern, enum, required); all are reported together. */
  MODEL,
  /** The user pool lookup; needs a valid pool id. */
  POOL,
  /** The app client lookup of Update, Describe and Delete (RNF-02); needs the pool. */
  CLIENT,
  /** Business rules that need the pool; only the first is raised by {@code create}. */
  SEMANTIC
}
