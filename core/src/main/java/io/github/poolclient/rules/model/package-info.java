/**
 * Holds the model-constraint rules of {@code CreateUserPoolClient} (catalogue section 1: V-01..V-17
 * format, M-table M-01..M-24): the length, range, pattern, enum and required checks that Cognito's
 * request framework applies before it looks at the pool.
 *
 * <p>The constraints are declared as data, one {@link io.github.poolclient.rules.ModelRule} per
 * M-row, in {@link io.github.poolclient.rules.model.ModelConstraints}. Each broken constraint gives
 * one violation whose message is one item of the aggregated {@code N validation errors detected:}
 * message, e.g. {@code Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must
 * have value greater than or equal to 1}.
 */
@NullMarked
package io.github.poolclient.rules.model;

import org.jspecify.annotations.NullMarked;
