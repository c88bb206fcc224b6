/**
 * Holds the business rules of {@code ReadAttributes} and {@code WriteAttributes} (catalogue section
 * 6): every name must be an attribute of the pool (ATTR-04), the write list may not name a
 * read-only attribute (ATTR-03), and a non-empty write list must name every required attribute
 * (ATTR-02).
 *
 * <p>An attribute is known when it is one of the standard attributes every pool has or an entry of
 * the pool's schema ({@code custom:<name>}, {@code dev:custom:<name>}, or a standard attribute with
 * changed flags); names compare case-sensitively (catalogue 12.2). The chain checks them in
 * catalogue 12.1 order: ATTR-04 (read), ATTR-03, ATTR-04 (write), ATTR-02.
 */
@NullMarked
package io.github.poolclient.rules.attributes;

import org.jspecify.annotations.NullMarked;
