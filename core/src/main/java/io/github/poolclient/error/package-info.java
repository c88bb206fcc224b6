/**
 * Holds the errors poolclient raises ({@link io.github.poolclient.error.CognitoException} with its
 * AWS {@link io.github.poolclient.error.ErrorType}) and the {@link
 * io.github.poolclient.error.Violation} values that validation reports.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.error;

import io.github.poolclient.model.PoolclientStyle;
import org.jspecify.annotations.NullMarked;
