package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;

/** Checks one catalogue advisory on a client's settings. */
interface AdvisoryCheck {

  /** Returns the advisory's descriptor. */
  AdvisoryDescriptor descriptor();

  /**
   * Returns the advisories of this id for {@code subject}, in field order, before the policy's
   * floor and suppressions apply. Never throws for settings that hold invalid values: a value the
   * advisory cannot judge (an unknown enum string, a number outside its model range, a URL that
   * does not parse) is skipped.
   */
  ImmutableList<Advisory> check(AdviceSubject subject);
}
