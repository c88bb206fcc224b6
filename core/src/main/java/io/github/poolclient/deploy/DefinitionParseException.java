package io.github.poolclient.deploy;

/**
 * Signals that a deploy definition's text could not be parsed at all (not YAML, or not a mapping at
 * the top); the message names the line and column.
 */
public final class DefinitionParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the message that names where parsing failed. */
  public DefinitionParseException(String message) {
    super(message);
  }
}
