/**
 * Holds the feature-plan rules of a client (catalogue section 8, TIER-01/TIER-02): features that a
 * {@code LITE} pool does not offer raise {@code FeatureUnavailableInTierException} with {@code The
 * following features need to be disabled for the LITE pricing tier configured: <feature>}. The
 * chain checks choice-based sign-in (EAF-07) before refresh token rotation (RTR-05), as catalogue
 * 12.1 orders them.
 */
@NullMarked
package io.github.poolclient.rules.tier;

import org.jspecify.annotations.NullMarked;
