/**
 * The rule chain of the app-client operations: which rules run, in which order (catalogue 12.1,
 * 12.6, 12.7), and how far (every violation, or until the answer is decided). Internal.
 */
@NullMarked
package io.github.poolclient.chain;

import org.jspecify.annotations.NullMarked;
