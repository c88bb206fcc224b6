package io.github.poolclient.chain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.rules.Candidate;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.ModelRule;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.Rule;
import io.github.poolclient.rules.SemanticRule;
import io.github.poolclient.rules.model.ModelConstraints;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules of the app-client operations in Cognito's order (catalogue 12.1, 12.6, 12.7):
 * every model constraint, then the pool lookup (RNF-01), then the client lookup where the operation
 * names a client (RNF-02), then the business rules. Immutable and thread-safe.
 *
 * <p>Each check runs in one of two modes: {@link Mode#ALL} reports every violation (what {@code
 * validate} returns), {@link Mode#FIRST} stops as soon as the answer is decided (what {@code
 * create} and {@code update} need): after the model constraints when any fails, after the first
 * business rule that fails.
 */
public final class RuleChain {

  /** The pool-existence rule, checked between the model constraints and the business rules. */
  public static final RuleDescriptor POOL_EXISTS =
      RuleDescriptor.of(
          "RNF-01",
          Stage.POOL,
          ErrorType.RESOURCE_NOT_FOUND,
          "The user pool named by UserPoolId exists.");

  /** The client-existence rule of Update, Describe and Delete, checked after RNF-01. */
  public static final RuleDescriptor CLIENT_EXISTS =
      RuleDescriptor.of(
          "RNF-02",
          Stage.CLIENT,
          ErrorType.RESOURCE_NOT_FOUND,
          "The app client named by ClientId exists in that user pool.");

  /** Says how far a check goes. */
  public enum Mode {
    /** Report every violation. */
    ALL,
    /** Stop as soon as the error Cognito returns is decided. */
    FIRST
  }

  private static final RuleChain STANDARD = new RuleChain(StandardRules.semanticRules());

  private final ImmutableList<SemanticRule> semanticRules;

  private RuleChain(ImmutableList<SemanticRule> semanticRules) {
    this.semanticRules = semanticRules;
  }

  /** Returns the chain of every catalogue rule of the app-client operations. */
  public static RuleChain standard() {
    return STANDARD;
  }

  /** Returns the descriptors of every rule of {@code CreateUserPoolClient}, in evaluation order. */
  public ImmutableList<RuleDescriptor> descriptors() {
    return descriptors(Operation.CREATE);
  }

  /** Returns the descriptors of every rule of the operation, in evaluation order. */
  public ImmutableList<RuleDescriptor> descriptors(Operation operation) {
    checkNotNull(operation, "operation");
    ImmutableList.Builder<RuleDescriptor> out = ImmutableList.builder();
    List<? extends Rule> model =
        operation == Operation.CREATE ? ModelConstraints.rules() : ModelConstraints.updateRules();
    model.forEach(rule -> out.addAll(rule.descriptors()));
    out.add(POOL_EXISTS);
    if (operation == Operation.UPDATE) {
      out.add(CLIENT_EXISTS);
    }
    for (SemanticRule rule : semanticRules) {
      if (rule.appliesTo(operation)) {
        out.addAll(rule.descriptors());
      }
    }
    return out.build();
  }

  /** Returns every violation of a Create request, in evaluation order. */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    checkNotNull(request, "request");
    return validate(request, findPool(request.userPoolId(), pools), Mode.ALL);
  }

  /**
   * Returns the violations of a Create request given the pool it names ({@code pool} empty when
   * that pool does not exist), in evaluation order.
   */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, Optional<UserPoolContext> pool, Mode mode) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(mode, "mode");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (!checkModel(request, ModelConstraints.rules(), out) && mode == Mode.FIRST) {
      return out.build();
    }
    if (!checkPool(request.userPoolId(), pool, out)) {
      return out.build();
    }
    checkSemantic(Candidate.create(request, pool.get()), mode, out);
    return out.build();
  }

  /**
   * Returns the violations of an Update request given the pool and the stored client it names (each
   * empty when it does not exist), in evaluation order (catalogue 12.6).
   */
  public ImmutableList<Violation> validate(
      UpdateUserPoolClientRequest request,
      Optional<UserPoolContext> pool,
      Optional<UserPoolClient> stored,
      Mode mode) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    checkNotNull(mode, "mode");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (!checkModel(request, ModelConstraints.updateRules(), out) && mode == Mode.FIRST) {
      return out.build();
    }
    if (!checkPool(request.userPoolId(), pool, out)
        || !checkClient(request.clientId(), stored, out)) {
      return out.build();
    }
    checkSemantic(Candidate.update(request, pool.get(), stored.get()), mode, out);
    return out.build();
  }

  /**
   * Returns the violations of a request that only names a client (Describe, Delete): its model
   * constraints, then RNF-01, then RNF-02 (catalogue 12.7).
   */
  public <R> ImmutableList<Violation> validateLookup(
      R request,
      List<? extends ModelRule<? super R>> modelRules,
      Optional<String> userPoolId,
      Optional<String> clientId,
      Optional<UserPoolContext> pool,
      Optional<UserPoolClient> stored,
      Mode mode) {
    checkNotNull(request, "request");
    checkNotNull(modelRules, "modelRules");
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(clientId, "clientId");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    checkNotNull(mode, "mode");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (!checkModel(request, modelRules, out) && mode == Mode.FIRST) {
      return out.build();
    }
    if (checkPool(userPoolId, pool, out)) {
      checkClient(clientId, stored, out);
    }
    return out.build();
  }

  /**
   * Returns the violations of a request that names a pool only (List): its model constraints, then
   * RNF-01 (catalogue 12.7).
   */
  public <R> ImmutableList<Violation> validatePool(
      R request,
      List<? extends ModelRule<? super R>> modelRules,
      Optional<String> userPoolId,
      Optional<UserPoolContext> pool,
      Mode mode) {
    checkNotNull(request, "request");
    checkNotNull(modelRules, "modelRules");
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(pool, "pool");
    checkNotNull(mode, "mode");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (!checkModel(request, modelRules, out) && mode == Mode.FIRST) {
      return out.build();
    }
    checkPool(userPoolId, pool, out);
    return out.build();
  }

  /**
   * Returns the pool {@code pools} has with exactly this id (catalogue 12.1 step 3); a lookup that
   * answers with a pool of another id counts as "no pool".
   */
  public static Optional<UserPoolContext> findPool(
      Optional<String> userPoolId, UserPoolLookup pools) {
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(pools, "pools");
    return userPoolId.flatMap(id -> pools.find(id).filter(found -> found.id().equals(id)));
  }

  /**
   * Returns the client {@code clients} has with exactly this pool and id (catalogue RNF-02); a
   * lookup that answers with a client of another pool or id counts as "no client".
   */
  public static Optional<UserPoolClient> findClient(
      Optional<String> userPoolId, Optional<String> clientId, UserPoolClientLookup clients) {
    checkNotNull(userPoolId, "userPoolId");
    checkNotNull(clientId, "clientId");
    checkNotNull(clients, "clients");
    if (userPoolId.isEmpty() || clientId.isEmpty()) {
      return Optional.empty();
    }
    String poolId = userPoolId.get();
    String id = clientId.get();
    return clients
        .find(poolId, id)
        .filter(found -> found.userPoolId().equals(poolId) && found.clientId().equals(id));
  }

  /** Adds every model violation; returns whether there was none. */
  private static <R> boolean checkModel(
      R request, List<? extends ModelRule<? super R>> rules, ImmutableList.Builder<Violation> out) {
    boolean clean = true;
    for (ModelRule<? super R> rule : rules) {
      ImmutableList<Violation> found = rule.check(request);
      if (!found.isEmpty()) {
        clean = false;
        out.addAll(found);
      }
    }
    return clean;
  }

  /**
   * Adds RNF-01 when the pool does not exist; returns whether the business rules can run. Without
   * an id there is nothing to look up, and the model constraint (M-01) already says so.
   */
  private static boolean checkPool(
      Optional<String> userPoolId,
      Optional<UserPoolContext> pool,
      ImmutableList.Builder<Violation> out) {
    if (userPoolId.isEmpty()) {
      return false;
    }
    if (pool.isEmpty()) {
      out.add(
          POOL_EXISTS.violation(
              "userPoolId", Messages.userPoolDoesNotExist(userPoolId.get()), userPoolId));
      return false;
    }
    return true;
  }

  /** Adds RNF-02 when the client does not exist; returns whether the client exists. */
  private static boolean checkClient(
      Optional<String> clientId,
      Optional<UserPoolClient> stored,
      ImmutableList.Builder<Violation> out) {
    if (clientId.isEmpty()) {
      return false;
    }
    if (stored.isEmpty()) {
      out.add(
          CLIENT_EXISTS.violation(
              "clientId", Messages.userPoolClientDoesNotExist(clientId.get()), clientId));
      return false;
    }
    return true;
  }

  private void checkSemantic(Candidate candidate, Mode mode, ImmutableList.Builder<Violation> out) {
    for (int i = 0; i < semanticRules.size(); i++) {
      SemanticRule rule = semanticRules.get(i);
      if (!rule.appliesTo(candidate.operation())) {
        continue;
      }
      ImmutableList<Violation> found = rule.check(candidate);
      if (!found.isEmpty()) {
        out.addAll(found);
        if (mode == Mode.FIRST) {
          return;
        }
      }
    }
  }
}
