/**
 * Holds the client-secret business rules (catalogue CS-02, PR-02): a generated and a custom secret
 * exclude each other, and propagating additional user context data needs a secret. A custom {@code
 * ClientSecret} counts as a secret (CS-04). No message here contains a secret.
 */
@NullMarked
package io.github.poolclient.rules.secrets;

import org.jspecify.annotations.NullMarked;
