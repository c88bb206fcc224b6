/**
 * Holds the rule chain that validates a {@code CreateUserPoolClient} request the way Cognito does:
 * model constraints first (all reported together), then the pool lookup, then business rules in the
 * order of catalogue section 12.1 (the first failure is what Cognito returns).
 *
 * <p>Each rule carries its catalogue id ({@code TV-03}, {@code OA-05}, ...) in a {@link
 * io.github.poolclient.error.RuleDescriptor}. The rule families live in the sub-packages.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.rules;

import io.github.poolclient.model.PoolclientStyle;
import org.jspecify.annotations.NullMarked;
