package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.Violation;

/**
 * Checks the model constraints of one request member (catalogue M-table); needs no pool.
 *
 * @param <R> the request type
 */
public interface ModelRule<R> extends Rule {

  /** Returns one violation per broken constraint item, in catalogue 12.1 item order. */
  ImmutableList<Violation> check(R request);
}
