/**
 * Holds the redirect URL rules of catalogue section 5: every {@code CallbackURLs} and {@code
 * LogoutURLs} entry is an absolute URI (URL-06) without a fragment (URL-04) that uses plain HTTP
 * only towards a loopback host (URL-02), and {@code DefaultRedirectURI} is one of the callback URLs
 * (URL-08).
 *
 * <p>Per catalogue 12.2 (OA-03), these rules apply whatever {@code AllowedOAuthFlowsUserPoolClient}
 * says.
 */
@NullMarked
package io.github.poolclient.rules.urls;

import org.jspecify.annotations.NullMarked;
