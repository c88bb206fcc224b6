package io.github.poolclient.wire;

/**
 * The JSON type of a member of a wire shape, as AWS JSON 1.1 carries it (the service model's shape
 * types, with lists told apart by their items).
 */
public enum WireType {
  /** A JSON string. */
  STRING,
  /** A JSON number that is exactly a 32-bit integer. */
  INTEGER,
  /** A JSON {@code true} or {@code false}. */
  BOOLEAN,
  /** A JSON number of epoch seconds, with a fraction for sub-second precision. */
  TIMESTAMP,
  /** A JSON array of strings. */
  STRING_LIST,
  /** A JSON object; its members are {@link MemberShape#members()}. */
  STRUCTURE,
  /** A JSON array of objects; the members of each are {@link MemberShape#members()}. */
  STRUCTURE_LIST
}
