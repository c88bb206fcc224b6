/**
 * Holds the advisories: what Cognito accepts for an app client but a careful team would not deploy
 * (catalogue {@code advisories.md}, ADV-01..ADV-14).
 *
 * <p>Advisories are a second report, separate from the rule chain's violations: a request can be
 * valid and still be advised against, and advising never changes what {@code create} or {@code
 * validate} return. {@link io.github.poolclient.advice.Advisor} runs the request advisories in
 * catalogue order under an {@link io.github.poolclient.advice.AdvicePolicy}; {@link
 * io.github.poolclient.advice.UpdateResetReport} says what an Update would reset. ADV-13 and ADV-14
 * (deploy order) are emitted by the deploy checks, which know the dependency graph; their
 * descriptors and messages live here.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.advice;

import io.github.poolclient.model.PoolclientStyle;
import org.jspecify.annotations.NullMarked;
