package io.github.poolclient.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import java.util.Optional;

/**
 * Runs the rules of {@code CreateUserPoolClient} in Cognito's order (catalogue 12.1): every model
 * constraint, then the pool lookup (RNF-01), then every business rule. Immutable and thread-safe.
 */
public final class RuleChain {

  /** The pool-existence rule, checked between the model constraints and the business rules. */
  public static final RuleDescriptor POOL_EXISTS =
      RuleDescriptor.of(
          "RNF-01",
          Stage.POOL,
          ErrorType.RESOURCE_NOT_FOUND,
          "The user pool named by UserPoolId exists.");

  private static final RuleChain STANDARD =
      new RuleChain(StandardRules.modelRules(), StandardRules.semanticRules());

  private final ImmutableList<ModelRule> modelRules;
  private final ImmutableList<SemanticRule> semanticRules;

  private RuleChain(
      ImmutableList<ModelRule> modelRules, ImmutableList<SemanticRule> semanticRules) {
    this.modelRules = modelRules;
    this.semanticRules = semanticRules;
  }

  /** Returns the chain of every catalogue rule that applies to {@code CreateUserPoolClient}. */
  public static RuleChain standard() {
    return STANDARD;
  }

  /** Returns the descriptors of every rule, in evaluation order. */
  public ImmutableList<RuleDescriptor> descriptors() {
    ImmutableList.Builder<RuleDescriptor> out = ImmutableList.builder();
    modelRules.forEach(rule -> out.addAll(rule.descriptors()));
    out.add(POOL_EXISTS);
    semanticRules.forEach(rule -> out.addAll(rule.descriptors()));
    return out.build();
  }

  /**
   * Returns every violation of the request, in evaluation order: all model constraint items, then
   * RNF-01 when the pool does not exist, then every failing business rule (only when the pool
   * exists, since they need it).
   */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    return validate(request, findPool(request, pools));
  }

  /**
   * Returns the pool the request names, when {@code pools} has one with exactly that id (catalogue
   * 12.1 step 3).
   */
  public static Optional<UserPoolContext> findPool(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    checkNotNull(request, "request");
    checkNotNull(pools, "pools");
    return request
        .userPoolId()
        .flatMap(id -> pools.find(id).filter(found -> found.id().equals(id)));
  }

  /**
   * Returns every violation of the request given the pool it names ({@code pool} empty when that
   * pool does not exist), in evaluation order.
   */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, Optional<UserPoolContext> pool) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    for (ModelRule rule : modelRules) {
      out.addAll(rule.check(request));
    }
    Optional<String> userPoolId = request.userPoolId();
    if (userPoolId.isEmpty()) {
      // Cannot look a pool up without an id; the model constraint (M-01) already says so.
      return out.build();
    }
    String id = userPoolId.get();
    if (pool.isEmpty()) {
      out.add(
          Violation.of(
              POOL_EXISTS.id(),
              POOL_EXISTS.stage(),
              "userPoolId",
              POOL_EXISTS.errorType(),
              Messages.userPoolDoesNotExist(id)));
      return out.build();
    }
    for (SemanticRule rule : semanticRules) {
      out.addAll(rule.check(request, pool.get()));
    }
    return out.build();
  }
}
