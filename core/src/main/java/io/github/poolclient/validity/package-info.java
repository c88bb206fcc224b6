/**
 * The token validity model of Cognito's app clients: default units, model bounds, effective ranges
 * and the refresh default (catalogue TV-01..TV-05). Shared by the rules and the defaults resolver.
 */
@NullMarked
package io.github.poolclient.validity;

import org.jspecify.annotations.NullMarked;
