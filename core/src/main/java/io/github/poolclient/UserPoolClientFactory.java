package io.github.poolclient;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.defaults.DefaultsResolver;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.generation.IdGenerator;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.CreateUserPoolClientResponse;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import io.github.poolclient.pool.UserPoolLookup;
import io.github.poolclient.rules.Messages;
import io.github.poolclient.rules.RuleChain;
import io.github.poolclient.rules.RuleDescriptor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Creates app clients the way Amazon Cognito's {@code CreateUserPoolClient} does: validates the
 * request with the rule chain, then resolves defaults and generates the id, secret and dates.
 *
 * <p>{@link #create} returns the record Cognito would return or throws the {@link CognitoException}
 * it would raise; {@link #validate} reports every problem at once. Instances are immutable and
 * thread-safe; access to the random source is serialized, so even a non-thread-safe {@link
 * RandomGenerator} may be injected.
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

  /** Returns the descriptors of every rule this factory checks, in evaluation order. */
  public ImmutableList<RuleDescriptor> rules() {
    return chain.descriptors();
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
    Optional<UserPoolContext> pool = RuleChain.findPool(request, pools);
    ImmutableList<Violation> violations = chain.validate(request, pool);
    throwFirst(violations);
    // No violation implies a valid UserPoolId and an existing pool.
    UserPoolContext existing = pool.orElseThrow();
    UserPoolClient client;
    synchronized (randomLock) {
      String clientId = IdGenerator.clientId(random);
      Optional<String> secret =
          request.generateSecret().orElse(false)
              ? Optional.of(IdGenerator.clientSecret(random))
              : Optional.empty();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
   * Returns every problem of the request, in evaluation order; empty exactly when {@link #create}
   * succeeds. Never throws for any request.
   */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolLookup pools) {
    return chain.validate(request, pools);
  }

  /** Returns every problem of the request when {@code pool} is the only pool that exists. */
  public ImmutableList<Violation> validate(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return validate(request, UserPoolLookup.of(checkNotNull(pool, "pool")));
  }

  private static void throwFirst(ImmutableList<Violation> violations) {
    ImmutableList<String> modelItems =
        violations.stream()
            .filter(v -> v.stage() == Stage.MODEL)
            .map(Violation::message)
            .collect(ImmutableList.toImmutableList());
    if (!modelItems.isEmpty()) {
      throw new CognitoException(
          ErrorType.INVALID_PARAMETER,
          Messages.validationErrorsPrefix(modelItems.size())
              + modelItems.stream().collect(Collectors.joining("; ")));
    }
    if (!violations.isEmpty()) {
      throw violations.get(0).toException();
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
