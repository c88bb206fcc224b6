package io.github.poolclient.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Optional;

/**
 * Runs the advisories ADV-01..ADV-12 on a Create or Update request, in catalogue order, under a
 * policy.
 *
 * <p>Advising is a pure function of its inputs and never throws for any request {@code validate}
 * accepts as input, invalid values included; it never changes what {@code create} or {@code
 * validate} return. Within one advisory, advisories come in field order.
 */
public final class Advisor {
  private Advisor() {}

  private static final ImmutableList<AdvisoryCheck> CHECKS =
      ImmutableList.of(
          new UserExistenceErrorsAdvisory(),
          new TokenRevocationAdvisory(),
          new ImplicitGrantAdvisory(),
          new LoopbackRedirectAdvisory(),
          new PasswordAuthAdvisory(),
          new PkceReminderAdvisory(),
          new RefreshTokenRotationAdvisory(),
          new TokenLifetimeAdvisory(),
          new SelfWritableAttributesAdvisory(),
          new FederatedOnlySdkSignInAdvisory(),
          new ContextDataPropagationAdvisory(),
          new UpdateResetAdvisory());

  private static final ImmutableList<AdvisoryDescriptor> DESCRIPTORS =
      ImmutableList.<AdvisoryDescriptor>builder()
          .addAll(CHECKS.stream().map(AdvisoryCheck::descriptor).iterator())
          .add(ResourceServerOrderAdvisory.DESCRIPTOR, IdentityProviderOrderAdvisory.DESCRIPTOR)
          .build();

  private static final ImmutableMap<String, AdvisoryDescriptor> BY_ID =
      Maps.uniqueIndex(DESCRIPTORS, AdvisoryDescriptor::id);

  /** Returns the descriptors of the whole catalogue, ADV-01..ADV-14, in catalogue order. */
  public static ImmutableList<AdvisoryDescriptor> descriptors() {
    return DESCRIPTORS;
  }

  /** Returns the descriptor of the advisory {@code id}, if the catalogue has it. */
  public static Optional<AdvisoryDescriptor> descriptor(String id) {
    return Optional.ofNullable(BY_ID.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the advisories for a Create request in {@code pool}, in catalogue order, as {@code
   * policy} reports them. The client has a secret when {@code GenerateSecret} is true or a {@code
   * ClientSecret} is given (CS-04).
   */
  public static ImmutableList<Advisory> advise(
      CreateUserPoolClientRequest request, UserPoolContext pool, AdvicePolicy policy) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(policy, "policy");
    boolean hasSecret =
        request.generateSecret().orElse(false) || request.clientSecret().isPresent();
    return run(
        new AdviceSubject(request, hasSecret, pool, policy, Optional.empty(), Optional.empty()));
  }

  /**
   * Returns the advisories for an Update request of the client {@code stored} in {@code pool}, in
   * catalogue order, as {@code policy} reports them: ADV-01..ADV-11 on the request as sent (the
   * client has a secret when {@code stored} has one; an omitted {@code RefreshTokenRotation} means
   * the stored one, catalogue 12.8), and ADV-12 for each member the Update would reset ({@link
   * UpdateResetReport}).
   */
  public static ImmutableList<Advisory> adviseUpdate(
      UpdateUserPoolClientRequest request,
      UserPoolContext pool,
      UserPoolClient stored,
      AdvicePolicy policy) {
    checkNotNull(request, "request");
    checkNotNull(pool, "pool");
    checkNotNull(stored, "stored");
    checkNotNull(policy, "policy");
    Optional<UpdateResetReport> resets =
        policy.runs(UpdateResetAdvisory.DESCRIPTOR.id())
            ? Optional.of(UpdateResetReport.of(request, pool, stored))
            : Optional.empty();
    return run(
        new AdviceSubject(
            request, stored.clientSecret().isPresent(), pool, policy, Optional.of(stored), resets));
  }

  private static ImmutableList<Advisory> run(AdviceSubject subject) {
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    for (AdvisoryCheck check : CHECKS) {
      if (!subject.policy().runs(check.descriptor().id())) {
        continue;
      }
      for (Advisory advisory : check.check(subject)) {
        subject.policy().apply(advisory).ifPresent(out::add);
      }
    }
    return out.build();
  }
}
