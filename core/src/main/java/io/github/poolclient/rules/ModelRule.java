package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;

/** Checks the model constraints of one request member (catalogue M-table); needs no pool. */
public interface ModelRule extends Rule {

  /** Returns one violation per broken constraint item, in catalogue 12.1 item order. */
  ImmutableList<Violation> check(CreateUserPoolClientRequest request);
}
