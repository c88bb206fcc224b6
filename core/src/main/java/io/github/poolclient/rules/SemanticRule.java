package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;

/**
 * Checks a business rule of an existing pool's client (catalogue sections 2-9).
 *
 * <p>A semantic rule may see a request that also breaks model constraints (validation reports every
 * problem): it must then ignore the values it cannot judge, such as unknown enum strings or numbers
 * outside their model range, and never throw.
 */
public interface SemanticRule extends Rule {

  /** Returns every violation of this rule, most relevant first; empty when the request passes. */
  ImmutableList<Violation> check(CreateUserPoolClientRequest request, UserPoolContext pool);
}
