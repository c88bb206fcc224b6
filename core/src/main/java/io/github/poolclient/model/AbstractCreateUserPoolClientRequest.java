package io.github.poolclient.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds a {@code CreateUserPoolClient} request exactly as the caller sent it.
 *
 * <p>Every member of the service model is here, and every one is optional: a request may hold
 * invalid values (a 300-character name, an unknown auth flow, a negative validity) so that the rule
 * chain can report them the way Cognito does. Lists are {@code Optional<ImmutableList>} because an
 * absent list and an empty one are different requests. Enum-valued members keep the raw strings
 * ({@code ...AsStrings()}); the typed views map unknown strings to {@code UNKNOWN_TO_SDK_VERSION}.
 * The {@code ClientSecret} never appears in {@link #toString()}.
 *
 * <p>Build one with {@code CreateUserPoolClientRequest.builder()}; its setters follow the AWS SDK
 * for Java v2 (see {@link UserPoolClientSettings.Builder}):
 *
 * <pre>{@code
 * CreateUserPoolClientRequest request = CreateUserPoolClientRequest.builder()
 *     .userPoolId("us-east-1_Example01")
 *     .clientName("m2m")
 *     .generateSecret(true)
 *     .allowedOAuthFlowsUserPoolClient(true)
 *     .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
 *     .allowedOAuthScopes("https://api.example.com/read")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractCreateUserPoolClientRequest implements UserPoolClientSettings {
  AbstractCreateUserPoolClientRequest() {}

  /**
   * Declares the AWS SDK style setters of {@link CreateUserPoolClientRequest.Builder}: the shared
   * members come from {@link UserPoolClientSettings.Builder}; {@code generateSecret} and {@code
   * clientSecret} are set on the builder itself. Start one with {@link
   * CreateUserPoolClientRequest#builder()}.
   */
  public interface Builder
      extends UserPoolClientSettings.Builder<CreateUserPoolClientRequest.Builder> {}

  /** Returns {@code GenerateSecret}: whether Cognito generates a client secret. */
  public abstract Optional<Boolean> generateSecret();

  /** Returns {@code ClientSecret}: a caller-chosen secret (redacted from every printout). */
  @Value.Redacted
  public abstract Optional<String> clientSecret();

  /** Returns a builder initialised with this request's members. */
  public final CreateUserPoolClientRequest.Builder toBuilder() {
    return CreateUserPoolClientRequest.builder().from(this);
  }
}
