/**
 * Holds what poolclient needs to know of a user pool (catalogue 12.3): its id, tier, schema,
 * identity providers, resource servers and client quota, and the {@link
 * io.github.poolclient.pool.UserPoolLookup} through which an emulator hands pools over.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.pool;

import io.github.poolclient.model.PoolclientStyle;
import org.jspecify.annotations.NullMarked;
