package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Says which rules were not checked for a value of a deploy definition, and why: the value is known
 * only at deploy time, or the definition does not say it (a pool from outside the template). Such a
 * rule is never guessed: it yields no violation.
 */
@Value.Immutable
public abstract class AbstractNotChecked {
  AbstractNotChecked() {}

  /** Returns the path of the value in the template or plan. */
  @Value.Parameter
  public abstract String path();

  /** Returns why the value is not known before deploy. */
  @Value.Parameter
  public abstract String reason();

  /** Returns the catalogue ids of the rules left unchecked, in chain order (may be empty). */
  @Value.Parameter
  public abstract ImmutableList<String> ruleIds();
}
