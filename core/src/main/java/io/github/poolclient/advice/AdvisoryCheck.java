package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;

/**
 * Checks one catalogue advisory on a client's settings: an advisory is its descriptor, its javadoc
 * (why it exists, when it fires, its false alarms) and {@link #check}.
 */
abstract class AdvisoryCheck {
  private final AdvisoryDescriptor descriptor;

  AdvisoryCheck(AdvisoryDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** Returns the advisory's descriptor. */
  final AdvisoryDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Returns the advisories of this id for {@code subject}, in field order, before the policy's
   * floor and suppressions apply. Never throws for settings that hold invalid values: a value the
   * advisory cannot judge (an unknown enum string, a number outside its model range, a URL that
   * does not parse) is skipped.
   */
  abstract ImmutableList<Advisory> check(AdviceSubject subject);
}
