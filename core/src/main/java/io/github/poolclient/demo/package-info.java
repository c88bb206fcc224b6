/**
 * Shows poolclient at work: a runnable demo ({@code mvn -q -pl core compile exec:java}) that is not
 * part of the library's API (the module does not export it).
 */
@NullMarked
package io.github.poolclient.demo;

import org.jspecify.annotations.NullMarked;
