package io.github.poolclient.advice;

/** Says where an advisory is checked: on every request, on Update only, or by the deploy checks. */
public enum AdvisoryScope {
  /** Checked on Create and Update requests. */
  REQUEST,
  /** Checked on Update requests only, against the stored client. */
  UPDATE,
  /** Checked by the deploy checks, which know the template's or plan's dependency graph. */
  DEPLOY;

  /** Returns the scope as the README table shows it. */
  public String label() {
    return switch (this) {
      case REQUEST -> "Create, Update";
      case UPDATE -> "Update";
      case DEPLOY -> "Deploy";
    };
  }
}
