/**
 * poolclient: an offline, faithful emulation of Amazon Cognito's {@code CreateUserPoolClient}.
 * Start with {@link io.github.poolclient.UserPoolClientFactory}.
 */
@NullMarked
package io.github.poolclient;

import org.jspecify.annotations.NullMarked;
