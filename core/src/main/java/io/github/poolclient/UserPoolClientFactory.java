package io.github.poolclient;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.advice.AdvicePolicy;
import io.github.poolclient.advice.Advisor;
import io.github.poolclient.advice.Advisory;
import io.github.poolclient.advice.UpdateResetReport;
import io.github.poolclient.chain.RuleChain;
import io.github.poolclient.chain.RuleChain.Mode;
import io.github.poolclient.defaults.DefaultsResolver;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Violation;
import io.github.poolclient.generation.IdGenerator;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientResponse;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientResponse;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientResponse;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.rules.ModelRule;
import io.github.poolclient.rules.Operation;
import io.github.poolclient.rules.model.ModelConstraints;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Runs Amazon Cognito's app-client operations offline: {@code CreateUserPoolClient}, {@code
 * UpdateUserPoolClient}, {@code DescribeUserPoolClient}, {@code DeleteUserPoolClient} and {@code
 * ListUserPoolClients}. Each validates the request with the rule chain, then answers what Cognito
 * answers, or throws the {@link CognitoException} it would raise; {@code validate} reports every
 * problem at once.
 *
 * <p>The factory stores nothing: pools come from a {@link UserPoolLookup} and stored clients from a
 * {@link UserPoolClientLookup} the caller supplies, and the caller stores what {@code create} and
 * {@code update} return (the {@code service} package does that over a client store). Instances are
 * immutable and thread-safe; access to the random source is serialized, so even a non-thread-safe
 * {@link RandomGenerator} may be injected.
 *
 * <pre>{@code
 * UserPoolClientFactory factory = UserPoolClientFactory.builder().build();
 * UserPoolContext pool = UserPoolContext.builder().id("us-east-1_Example01").build();
 * UserPoolClient client = factory.create(
 *     CreateUserPoolClientRequest.builder()
 *         .userPoolId("us-east-1_Example01")
 *         .clientName("web")
 *         .build(),
 *     pool).userPoolClient();
 * }</pre>
 */
public final class UserPoolClientFactory {

  private final Clock clock;
  private final RandomGenerator random;
  private final Object randomLock = new Object();
  private final RuleChain chain = RuleChain.standard();

  private UserPoolClientFactory(Builder builder) {
    this.clock = builder.clock;
    this.random = builder.random;
  }

  /**
   * Returns a builder; by default the UTC system clock and a {@link SecureRandom}, created on the
   * first id a default factory generates.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the descriptors of every rule {@code create} checks, in evaluation order. */
  public ImmutableList<RuleDescriptor> rules() {
    return chain.descriptors(Operation.CREATE);
  }

  /** Returns the descriptors of every rule {@code update} checks, in evaluation order. */
  public ImmutableList<RuleDescriptor> updateRules() {
    return chain.descriptors(Operation.UPDATE);
  }

  /**
   * Returns the client Cognito would create in the pool {@code pools} finds for the request's
   * {@code UserPoolId}.
   *
   * @throws CognitoException the error Cognito would return: one {@code InvalidParameterException}
   *     listing every model constraint violation, else {@code ResourceNotFoundException} when the
   *     pool does not exist, else the first business-rule violation
   */
  public CreateUserPoolClientResponse create(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    checkNotNull(request, "request");
    Optional<UserPoolContext> pool = RuleChain.findPool(request.userPoolId(), pools);
    throwIfAny(chain.validate(request, pool, Mode.FIRST));
    // No violation implies a valid UserPoolId and an existing pool.
    UserPoolContext existing = pool.orElseThrow();
    Instant now = now();
    UserPoolClient client;
    synchronized (randomLock) {
      String clientId = IdGenerator.clientId(random);
      Optional<String> secret =
          request.generateSecret().orElse(false)
              ? Optional.of(IdGenerator.clientSecret(random))
              : Optional.empty();
      client = DefaultsResolver.resolve(request, existing, clientId, secret, now);
    }
    return CreateUserPoolClientResponse.of(client);
  }

  /** Returns the client Cognito would create when {@code pool} is the only pool that exists. */
  public CreateUserPoolClientResponse create(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return create(request, UserPoolLookup.of(checkNotNull(pool, "pool")));
  }

  /**
   * Returns every problem of the Create request, in evaluation order; empty exactly when {@link
   * #create} succeeds. Never throws for any request.
   */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    checkNotNull(request, "request");
    return chain.validate(request, RuleChain.findPool(request.userPoolId(), pools), Mode.ALL);
  }

  /** Returns every problem of the Create request when {@code pool} is the only pool that exists. */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return validate(request, UserPoolLookup.of(checkNotNull(pool, "pool")));
  }

  /**
   * Returns the advisories for the Create request under the default policy: what Cognito accepts
   * but a careful team would not deploy (catalogue ADV-01..ADV-11), in catalogue order. Never
   * throws for any request, and never changes what {@link #validate} or {@link #create} return.
   */
  public ImmutableList<Advisory> advise(CreateUserPoolClientRequest request, UserPoolContext pool) {
    return advise(request, pool, AdvicePolicy.defaults());
  }

  /**
   * Returns the advisories for the Create request as {@code policy} reports them, in catalogue
   * order.
   */
  public ImmutableList<Advisory> advise(
      CreateUserPoolClientRequest request, UserPoolContext pool, AdvicePolicy policy) {
    return Advisor.advise(request, pool, policy);
  }

  /**
   * Returns the advisories for the Update request against the stored client under the default
   * policy (ADV-01..ADV-12; ADV-12 names every member the Update would reset), in catalogue order.
   * Never throws for any request, and never changes what {@link #update} returns.
   */
  public ImmutableList<Advisory> advise(
      UpdateUserPoolClientRequest request, UserPoolContext pool, UserPoolClient stored) {
    return advise(request, pool, stored, AdvicePolicy.defaults());
  }

  /** Returns the advisories for the Update request as {@code policy} reports them. */
  public ImmutableList<Advisory> advise(
      UpdateUserPoolClientRequest request,
      UserPoolContext pool,
      UserPoolClient stored,
      AdvicePolicy policy) {
    return Advisor.adviseUpdate(request, pool, stored, policy);
  }

  /**
   * Returns what the Update request would reset on the stored client (UPD-01): each member set on
   * {@code stored}, omitted from the request and so cleared or put back to its default, with the
   * old and new values, and the units pitfall (UPD-05). Empty when the request resets nothing, e.g.
   * one built with {@link UpdateUserPoolClientRequest#from(UserPoolClient)}.
   */
  public UpdateResetReport resets(
      UpdateUserPoolClientRequest request, UserPoolContext pool, UserPoolClient stored) {
    return UpdateResetReport.of(request, pool, stored);
  }

  /**
   * Returns the client an {@code UpdateUserPoolClient} call leaves: the stored client's
   * configuration <em>replaced</em> by the request's, every omitted member back to its Create
   * default except {@code ClientName} and {@code RefreshTokenRotation} (catalogue UPD-01, UPD-02,
   * 12.6). The caller stores the result in place of the old client.
   *
   * @throws CognitoException the error Cognito would return: the model constraints, else {@code
   *     ResourceNotFoundException} for a missing pool (RNF-01) or client (RNF-02), else the first
   *     business-rule violation
   */
  public UpdateUserPoolClientResponse update(
      UpdateUserPoolClientRequest request, UserPoolLookup pools, UserPoolClientLookup clients) {
    checkNotNull(request, "request");
    Optional<UserPoolContext> pool = RuleChain.findPool(request.userPoolId(), pools);
    Optional<UserPoolClient> stored =
        RuleChain.findClient(request.userPoolId(), request.clientId(), clients);
    throwIfAny(chain.validate(request, pool, stored, Mode.FIRST));
    return UpdateUserPoolClientResponse.of(
        DefaultsResolver.resolveUpdate(request, pool.orElseThrow(), stored.orElseThrow(), now()));
  }

  /**
   * Returns every problem of the Update request, in evaluation order; empty exactly when {@link
   * #update} succeeds. Never throws for any request.
   */
  public ImmutableList<Violation> validate(
      UpdateUserPoolClientRequest request, UserPoolLookup pools, UserPoolClientLookup clients) {
    checkNotNull(request, "request");
    return chain.validate(
        request,
        RuleChain.findPool(request.userPoolId(), pools),
        RuleChain.findClient(request.userPoolId(), request.clientId(), clients),
        Mode.ALL);
  }

  /**
   * Returns the stored client, as {@code DescribeUserPoolClient} does (secret included, RESP-05).
   *
   * @throws CognitoException model constraints (M-01, M-03), else RNF-01, else RNF-02
   */
  public DescribeUserPoolClientResponse describe(
      DescribeUserPoolClientRequest request, UserPoolLookup pools, UserPoolClientLookup clients) {
    checkNotNull(request, "request");
    return DescribeUserPoolClientResponse.of(
        existingClient(
            request,
            ModelConstraints.describeRules(),
            request.userPoolId(),
            request.clientId(),
            pools,
            clients));
  }

  /**
   * Checks a {@code DeleteUserPoolClient} call and returns its (empty) answer; the caller then
   * removes the client from its store.
   *
   * @throws CognitoException model constraints (M-01, M-03), else RNF-01, else RNF-02
   */
  public DeleteUserPoolClientResponse delete(
      DeleteUserPoolClientRequest request, UserPoolLookup pools, UserPoolClientLookup clients) {
    checkNotNull(request, "request");
    existingClient(
        request,
        ModelConstraints.deleteRules(),
        request.userPoolId(),
        request.clientId(),
        pools,
        clients);
    return DeleteUserPoolClientResponse.of();
  }

  /**
   * Returns one page of the pool's clients, oldest first (by {@code CreationDate}, then {@code
   * ClientId}), with a {@code NextToken} when more remain (catalogue 12.7).
   *
   * @throws CognitoException model constraints (M-01, MaxResults 1-60, NextToken), else RNF-01,
   *     else {@code InvalidParameterException: Invalid pagination token.} for a token this library
   *     did not issue for this pool
   */
  public ListUserPoolClientsResponse list(
      ListUserPoolClientsRequest request, UserPoolLookup pools, UserPoolClientLookup clients) {
    checkNotNull(request, "request");
    checkNotNull(clients, "clients");
    Optional<UserPoolContext> pool = RuleChain.findPool(request.userPoolId(), pools);
    throwIfAny(
        chain.validatePool(
            request, ModelConstraints.listRules(), request.userPoolId(), pool, Mode.FIRST));
    return ClientPages.page(request, pool.orElseThrow().id(), clients);
  }

  /**
   * Returns the stored client a request that only names one (Describe, Delete) is about, after its
   * model constraints, RNF-01 and RNF-02 (catalogue 12.7).
   */
  private <R> UserPoolClient existingClient(
      R request,
      List<? extends ModelRule<? super R>> modelRules,
      Optional<String> userPoolId,
      Optional<String> clientId,
      UserPoolLookup pools,
      UserPoolClientLookup clients) {
    Optional<UserPoolContext> pool = RuleChain.findPool(userPoolId, pools);
    Optional<UserPoolClient> stored = RuleChain.findClient(userPoolId, clientId, clients);
    throwIfAny(
        chain.validateLookup(request, modelRules, userPoolId, clientId, pool, stored, Mode.FIRST));
    return stored.orElseThrow();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static void throwIfAny(ImmutableList<Violation> violations) {
    if (!violations.isEmpty()) {
      throw CognitoException.of(violations);
    }
  }

  /**
   * The default random source: one {@link SecureRandom}, created on the first id any default
   * factory generates, so that a factory whose caller injects a source, or that only validates,
   * never pays for seeding one (issue 9). Thread-safe: the holder class is initialized once by the
   * JVM, and {@link SecureRandom} is thread-safe.
   */
  private static final class DefaultRandom implements RandomGenerator {
    static final DefaultRandom INSTANCE = new DefaultRandom();

    private static final class Holder {
      static final SecureRandom SECURE_RANDOM = new SecureRandom();
    }

    @Override
    public long nextLong() {
      return Holder.SECURE_RANDOM.nextLong();
    }

    @Override
    public int nextInt() {
      return Holder.SECURE_RANDOM.nextInt();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      Holder.SECURE_RANDOM.nextBytes(bytes);
    }
  }

  /** Builds a {@link UserPoolClientFactory}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = DefaultRandom.INSTANCE;

    private Builder() {}

    /** Sets the clock that stamps {@code CreationDate} and {@code LastModifiedDate}. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** Sets the random source of client ids and generated secrets. */
    public Builder random(RandomGenerator random) {
      this.random = checkNotNull(random, "random");
      return this;
    }

    /** Returns a factory with this builder's clock and random source. */
    public UserPoolClientFactory build() {
      return new UserPoolClientFactory(this);
    }
  }
}
