/**
 * Holds the token-validity business rules (catalogue section 2): each validity must lie in its
 * range once its unit is applied (TV-03), and the access and ID tokens must not outlive the refresh
 * token (TV-07). {@link io.github.poolclient.validity.EffectiveValidity} holds the unit arithmetic
 * both rules share, including the 30-day refresh default (TV-05).
 */
@NullMarked
package io.github.poolclient.rules.tokens;

import org.jspecify.annotations.NullMarked;
