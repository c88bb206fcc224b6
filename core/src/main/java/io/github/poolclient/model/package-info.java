/**
 * Holds the {@code CreateUserPoolClient} request, the client record Cognito returns and their
 * nested structures and enums, named after the AWS service model.
 *
 * <p>Requests hold what the caller sent, valid or not: enum-valued members keep the raw strings
 * ({@code ...AsStrings()}) with typed views next to them, and "absent" is kept apart from "empty
 * list" because Cognito's defaults depend on it.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.model;

import org.jspecify.annotations.NullMarked;
