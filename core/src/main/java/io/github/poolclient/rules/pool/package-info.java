/**
 * Holds the business rules about the user pool as a whole rather than one request member (catalogue
 * section 9): the pool's app client quota (LIM-01), checked last in the chain (catalogue 12.1). The
 * pool lookup itself (RNF-01) is a step of {@link io.github.poolclient.chain.RuleChain}.
 */
@NullMarked
package io.github.poolclient.rules.pool;

import org.jspecify.annotations.NullMarked;
