package io.github.poolclient.rules;

/** Names the operation a client configuration is judged for; a few messages depend on it. */
public enum Operation {
  /** {@code CreateUserPoolClient}. */
  CREATE("creating"),
  /** {@code UpdateUserPoolClient}. */
  UPDATE("updating");

  private final String gerund;

  Operation(String gerund) {
    this.gerund = gerund;
  }

  /** Returns the verb Cognito's attribute messages use, {@code creating} or {@code updating}. */
  public String gerund() {
    return gerund;
  }
}
