package io.github.poolclient.advice;

/** Ranks advisories, from informational to high; later constants are more severe. */
public enum Severity {
  /** A reminder of something Cognito cannot enforce. */
  INFO,
  /** A weaker setting that is often acceptable. */
  LOW,
  /** A risky setting that a careful team changes before deploy. */
  MEDIUM,
  /** A setting that is risky in combination, or that can make the deploy fail. */
  HIGH;

  /** Returns whether this severity is {@code floor} or more severe. */
  public boolean isAtLeast(Severity floor) {
    return compareTo(floor) >= 0;
  }
}
