/**
 * Reads and writes the AWS JSON 1.1 wire shape of {@code CreateUserPoolClient} as plain Java values
 * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}), so that an emulator
 * can use any JSON library.
 */
@NullMarked
package io.github.poolclient.wire;

import org.jspecify.annotations.NullMarked;
