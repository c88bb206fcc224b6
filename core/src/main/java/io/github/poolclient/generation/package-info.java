/**
 * Generates client ids and client secrets from an injected random source (catalogue ID-01, ID-02).
 */
@NullMarked
package io.github.poolclient.generation;

import org.jspecify.annotations.NullMarked;
