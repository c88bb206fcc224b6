/**
 * Holds the {@code ExplicitAuthFlows} business rules (catalogue section 3 and RTR-03): no mixing of
 * legacy and {@code ALLOW_} names (EAF-03), {@code ALLOW_CLIENT_TOKEN_AUTH} alone and with a secret
 * (EAF-11), {@code ALLOW_REFRESH_TOKEN_AUTH} in every {@code ALLOW_} list (EAF-04), and not with
 * refresh token rotation (RTR-03).
 *
 * <p>Every rule here looks at the de-duplicated set of known flows (catalogue 12.4); unknown
 * strings are model errors (M-11) and are ignored.
 */
@NullMarked
package io.github.poolclient.rules.authflows;

import org.jspecify.annotations.NullMarked;
