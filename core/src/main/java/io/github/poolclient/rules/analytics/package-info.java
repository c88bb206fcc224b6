/**
 * Holds the business rule of {@code AnalyticsConfiguration} (catalogue section 7): the
 * configuration must have one of the two shapes Cognito accepts (AN-03).
 */
@NullMarked
package io.github.poolclient.rules.analytics;

import org.jspecify.annotations.NullMarked;
