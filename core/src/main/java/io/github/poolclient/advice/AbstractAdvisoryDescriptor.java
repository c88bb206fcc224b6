package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Describes one catalogue advisory: its id, default severity, message, sources, where it is checked
 * and whether it runs by default.
 */
@Value.Immutable
public abstract class AbstractAdvisoryDescriptor {
  AbstractAdvisoryDescriptor() {}

  /** Returns the catalogue id, e.g. {@code ADV-03}. */
  public abstract String id();

  /** Returns the severity the advisory has unless its condition raises or lowers it. */
  public abstract Severity defaultSeverity();

  /** Returns the catalogue's message, which starts every advisory of this id. */
  public abstract String summary();

  /** Returns a one-line condition: when the advisory fires. */
  public abstract String condition();

  /** Returns the short names of the sources (catalogue section 2), e.g. {@code A3}, {@code R2}. */
  public abstract ImmutableList<String> sources();

  /** Returns where the advisory is checked. */
  public abstract AdvisoryScope scope();

  /** Returns whether the default policy runs the advisory (ADV-06 is opt-in). */
  @Value.Default
  public boolean onByDefault() {
    return true;
  }

  /**
   * Returns an advisory of this id at {@code field}: the summary, followed by {@code ": " + detail}
   * when a detail is given.
   */
  public final Advisory advisory(String field, Severity severity, Optional<String> detail) {
    checkNotNull(field, "field");
    checkNotNull(severity, "severity");
    checkNotNull(detail, "detail");
    return Advisory.builder()
        .id(id())
        .severity(severity)
        .field(field)
        .message(detail.map(d -> summary() + ": " + d).orElse(summary()))
        .sources(sources())
        .build();
  }

  /** Returns an advisory of this id at {@code field}, at the default severity, with no detail. */
  public final Advisory advisory(String field) {
    return advisory(field, defaultSeverity(), Optional.empty());
  }
}
