package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Holds one app client as a reader found it, in a format-neutral shape: its properties under the
 * API's wire names with {@link Unknown} and {@link PoolReference} values where the definition does
 * not fix them, the pool context the definition declares, and how to name a wire path in the
 * definition's own terms.
 *
 * @param resource the logical id or resource address
 * @param properties the resolved properties, wire names, in the definition's order
 * @param pathOf maps a wire path ({@code CallbackURLs[1]}, {@code TokenValidityUnits.IdToken}) to
 *     the definition's path
 * @param defaultClientName the name the deploy tool gives a client without {@code ClientName}
 * @param pool the pool the definition creates, if the client's pool is one of them
 * @param unknownPoolFacts for each pool fact ({@link RuleInputs}) that is not known, why
 * @param notes values not known before deploy that are not request members
 * @param problems the problems of the client's definition
 */
record ClientDefinition(
    String resource,
    Map<String, Object> properties,
    UnaryOperator<String> pathOf,
    Optional<String> defaultClientName,
    Optional<UserPoolContext> pool,
    ImmutableMap<String, NotChecked> unknownPoolFacts,
    ImmutableList<NotChecked> notes,
    ImmutableList<DefinitionProblem> problems) {}
