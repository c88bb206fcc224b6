/**
 * Holds the OAuth configuration rules of catalogue section 4: the client secret that {@code
 * client_credentials} needs (OA-05), the flows and scopes an OAuth client needs (OA-02), the flow
 * combinations and scopes {@code client_credentials} allows (OA-04, OA-06), the callback URLs of
 * browser flows (OA-07), and that every scope (OA-08) and identity provider (OA-11) exists.
 *
 * <p>Per catalogue 12.2 (OA-03), OA-04, OA-05, OA-06 and OA-08 apply whatever {@code
 * AllowedOAuthFlowsUserPoolClient} says; OA-02 and OA-07 apply only when it is {@code true}.
 */
@NullMarked
package io.github.poolclient.rules.oauth;

import org.jspecify.annotations.NullMarked;
