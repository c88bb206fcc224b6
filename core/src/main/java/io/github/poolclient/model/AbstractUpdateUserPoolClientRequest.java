package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds an {@code UpdateUserPoolClient} request exactly as the caller sent it.
 *
 * <p>Update <em>replaces</em> the client's configuration: every member the request omits goes back
 * to its Create default (catalogue UPD-01), except {@code ClientName} and {@code
 * RefreshTokenRotation}, which are kept (UPD-02). Like the Create request, every member is optional
 * and may hold an invalid value, and an absent list is distinct from an empty one. The Update shape
 * has no {@code GenerateSecret} and no {@code ClientSecret}: the stored secret is kept.
 *
 * <p>To change one setting of a stored client and reset nothing else, start from the client:
 *
 * <pre>{@code
 * UpdateUserPoolClientRequest request = UpdateUserPoolClientRequest.from(stored)
 *     .accessTokenValidity(30)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractUpdateUserPoolClientRequest implements UserPoolClientSettings {
  AbstractUpdateUserPoolClientRequest() {}

  /**
   * Declares the AWS SDK style setters of {@link UpdateUserPoolClientRequest.Builder}: the shared
   * members come from {@link UserPoolClientSettings.Builder}; {@code clientId} is set on the
   * builder itself. Start one with {@link UpdateUserPoolClientRequest#builder()}, or with {@link
   * #from(UserPoolClient)} to change a stored client.
   */
  public interface Builder
      extends UserPoolClientSettings.Builder<UpdateUserPoolClientRequest.Builder> {}

  /** Returns {@code ClientId}: the app client to update (required by the model). */
  public abstract Optional<String> clientId();

  /**
   * Returns a builder pre-filled with every setting of {@code stored}, so that an Update built from
   * it changes only what the caller then sets and resets nothing (catalogue UPD-01).
   *
   * <p>It carries {@code UserPoolId}, {@code ClientId}, {@code ClientName}, the three validities
   * with the stored {@code TokenValidityUnits} (so no number is re-read in default units, UPD-05),
   * every list the client has (a list the record keeps empty stays absent, as Cognito omits it),
   * {@code DefaultRedirectURI}, the booleans, {@code PreventUserExistenceErrors}, {@code
   * AuthSessionValidity}, {@code RefreshTokenRotation} and the analytics configuration in the shape
   * a request takes: for an {@code ApplicationArn} configuration only the ARN and {@code
   * UserDataShared}, since the {@code RoleArn} of the record is the service-linked role Cognito
   * added (AN-01) and sending it back would fail AN-03. The secret is not a member of Update: it is
   * kept by the operation itself.
   *
   * <pre>{@code
   * UpdateUserPoolClientRequest request = UpdateUserPoolClientRequest.from(stored)
   *     .callbackURLs("https://app.example.com/cb", "https://app.example.com/cb2")
   *     .build(); // everything else as stored
   * }</pre>
   */
  public static UpdateUserPoolClientRequest.Builder from(UserPoolClient stored) {
    checkNotNull(stored, "stored");
    return UpdateUserPoolClientRequest.builder()
        .userPoolId(stored.userPoolId())
        .clientId(stored.clientId())
        .clientName(stored.clientName())
        .refreshTokenValidity(stored.refreshTokenValidity())
        .accessTokenValidity(stored.accessTokenValidity())
        .idTokenValidity(stored.idTokenValidity())
        .tokenValidityUnits(stored.tokenValidityUnits())
        .readAttributes(nonEmpty(stored.readAttributes()))
        .writeAttributes(nonEmpty(stored.writeAttributes()))
        .explicitAuthFlowsAsStrings(nonEmpty(stored.explicitAuthFlowsAsStrings()))
        .supportedIdentityProviders(nonEmpty(stored.supportedIdentityProviders()))
        .callbackURLs(nonEmpty(stored.callbackURLs()))
        .logoutURLs(nonEmpty(stored.logoutURLs()))
        .defaultRedirectURI(stored.defaultRedirectURI())
        .allowedOAuthFlowsAsStrings(nonEmpty(stored.allowedOAuthFlowsAsStrings()))
        .allowedOAuthScopes(nonEmpty(stored.allowedOAuthScopes()))
        .allowedOAuthFlowsUserPoolClient(stored.allowedOAuthFlowsUserPoolClient())
        .analyticsConfiguration(
            stored.analyticsConfiguration().map(AbstractUpdateUserPoolClientRequest::asSent))
        .preventUserExistenceErrorsAsString(stored.preventUserExistenceErrorsAsString())
        .enableTokenRevocation(stored.enableTokenRevocation())
        .enablePropagateAdditionalUserContextData(stored.enablePropagateAdditionalUserContextData())
        .authSessionValidity(stored.authSessionValidity())
        .refreshTokenRotation(stored.refreshTokenRotation());
  }

  private static Optional<ImmutableList<String>> nonEmpty(ImmutableList<String> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list);
  }

  /** Returns the analytics configuration as a request sends it (AN-01: without the added role). */
  private static AnalyticsConfiguration asSent(AnalyticsConfiguration stored) {
    return stored.applicationArn().isPresent()
        ? AnalyticsConfiguration.builder()
            .applicationArn(stored.applicationArn())
            .userDataShared(stored.userDataShared())
            .build()
        : stored;
  }

  /** Returns a builder initialised with this request's members. */
  public final UpdateUserPoolClientRequest.Builder toBuilder() {
    return UpdateUserPoolClientRequest.builder().from(this);
  }
}
