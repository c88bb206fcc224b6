/**
 * Mounts poolclient behind an AWS JSON 1.1 endpoint: {@link
 * io.github.poolclient.service.UserPoolClientService} runs the five app-client operations on parsed
 * request bodies and keeps the clients in a {@link
 * io.github.poolclient.service.UserPoolClientStore} (an {@link
 * io.github.poolclient.service.InMemoryUserPoolClientStore}, or the emulator's own persistence).
 */
@NullMarked
package io.github.poolclient.service;

import org.jspecify.annotations.NullMarked;
