package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds one advisory about a client: the catalogue id, its severity, the field (with an indexed
 * path such as {@code callbackURLs[1]}), the message, the sources' short names, and, when the
 * policy suppresses it for this client, the reason.
 *
 * <p>A suppressed advisory stays in the report, marked as such: suppression is never a silent drop.
 * Messages never hold a client secret.
 */
@Value.Immutable
public abstract class AbstractAdvisory {
  AbstractAdvisory() {}

  /** Returns the catalogue id, e.g. {@code ADV-04}. */
  public abstract String id();

  /** Returns the severity of this occurrence. */
  public abstract Severity severity();

  /** Returns the field path, e.g. {@code callbackURLs[1]} or {@code preventUserExistenceErrors}. */
  public abstract String field();

  /** Returns the message: the catalogue text, then what this client does. */
  public abstract String message();

  /** Returns the short names of the sources (catalogue section 2), e.g. {@code A8}, {@code R6}. */
  public abstract ImmutableList<String> sources();

  /** Returns why the policy suppresses this advisory for this client, when it does. */
  public abstract Optional<String> suppressionReason();

  /** Returns whether the policy suppresses this advisory for this client. */
  public final boolean suppressed() {
    return suppressionReason().isPresent();
  }
}
