/**
 * Resolves Cognito's defaults: turns a validated request into the client record Cognito returns
 * (catalogue RESP-01..RESP-04, 12.2).
 */
@NullMarked
package io.github.poolclient.defaults;

import org.jspecify.annotations.NullMarked;
