package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireKind.BOOLEAN;
import static io.github.poolclient.wire.WireKind.DATE;
import static io.github.poolclient.wire.WireKind.INTEGER;
import static io.github.poolclient.wire.WireKind.STRING;
import static io.github.poolclient.wire.WireKind.STRING_LIST;
import static io.github.poolclient.wire.WireMember.Spec.optional;
import static io.github.poolclient.wire.WireMember.Spec.required;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.AnalyticsConfiguration;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.DeleteUserPoolClientRequest;
import io.github.poolclient.model.DescribeUserPoolClientRequest;
import io.github.poolclient.model.FeatureType;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UpdateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientDescription;
import io.github.poolclient.model.UserPoolClientSettings;
import io.github.poolclient.wire.WireMember.Spec;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares the wire shape of every structure poolclient reads or writes: the member catalogue.
 *
 * <p>Each member of each shape is declared once here, as a constant of its structure's member enum
 * (wire name, JSON kind, required or not) with one case in the enum's {@code get} (what is written,
 * encoder included) and one in its {@code set} (where a read value lands); the reader, the writer,
 * and the order in which decoding errors are reported (catalogue 12.1, 12.8: the service model's
 * member order) all derive from the tables below. The members Create and Update share ({@link
 * UserPoolClientSettings}) are declared once for both, in {@link SettingsMember}, over the builder
 * interface both requests' builders implement; each request inserts only its own members (Create:
 * {@code ClientSecret}, {@code GenerateSecret}; Update: {@code ClientId}), see {@link
 * #settingsWith}. The nested structures are declared first: the member enums that hold their kinds
 * are loaded by the tables after them.
 *
 * <p>Why switches rather than a setter and a getter method reference per member: cold start (issue
 * 9). The JVM spins one hidden class per lambda or method-reference site the first time it runs
 * (about 0.15 ms each, cold), and this catalogue's 177 sites all ran when it was loaded, before the
 * first body was read. An enum and its switch expressions are plain classes; javac still rejects a
 * switch expression that misses a constant, so the mapping stays checked. Measured with
 * core/src/jmh/cold-start.sh (2 cores, medians of 20 fresh JVMs): the first call went from about
 * +135 ms to about +97 ms over a JVM that only loads Guava, the first body read from about 35 ms to
 * 6-10 ms, and the poolclient lambda classes it loads from 301 to 108; the steady-state web wire
 * round trip stayed at 1.6x its floor, with about 600 bytes less per call.
 */
final class Shapes {
  private Shapes() {}

  static final WireStructure<TokenValidityUnits.Builder, TokenValidityUnits> TOKEN_VALIDITY_UNITS =
      new WireStructure<>(Arrays.asList(TokenValidityUnitsMember.values())) {
        @Override
        TokenValidityUnits.Builder newBuilder() {
          return TokenValidityUnits.builder();
        }

        @Override
        TokenValidityUnits build(TokenValidityUnits.Builder builder) {
          return builder.build();
        }
      };

  static final WireStructure<AnalyticsConfiguration.Builder, AnalyticsConfiguration>
      ANALYTICS_CONFIGURATION =
          new WireStructure<>(Arrays.asList(AnalyticsConfigurationMember.values())) {
            @Override
            AnalyticsConfiguration.Builder newBuilder() {
              return AnalyticsConfiguration.builder();
            }

            @Override
            AnalyticsConfiguration build(AnalyticsConfiguration.Builder builder) {
              return builder.build();
            }
          };

  static final WireStructure<RefreshTokenRotation.Builder, RefreshTokenRotation>
      REFRESH_TOKEN_ROTATION =
          new WireStructure<>(Arrays.asList(RefreshTokenRotationMember.values())) {
            @Override
            RefreshTokenRotation.Builder newBuilder() {
              return RefreshTokenRotation.builder();
            }

            @Override
            RefreshTokenRotation build(RefreshTokenRotation.Builder builder) {
              return builder.build();
            }
          };

  /** {@code CreateUserPoolClient}: M-table order (UserPoolId, ClientName, ClientSecret, ...). */
  static final WireStructure<CreateUserPoolClientRequest.Builder, CreateUserPoolClientRequest>
      CREATE_REQUEST =
          new WireStructure<>(
              settingsWith(
                  SettingsMember.REFRESH_TOKEN_VALIDITY, Arrays.asList(CreateMember.values()))) {
            @Override
            CreateUserPoolClientRequest.Builder newBuilder() {
              return CreateUserPoolClientRequest.builder();
            }

            @Override
            CreateUserPoolClientRequest build(CreateUserPoolClientRequest.Builder builder) {
              return builder.build();
            }
          };

  /** {@code UpdateUserPoolClient}: UserPoolId, ClientId, ClientName, then as Create (12.8). */
  static final WireStructure<UpdateUserPoolClientRequest.Builder, UpdateUserPoolClientRequest>
      UPDATE_REQUEST =
          new WireStructure<>(
              settingsWith(SettingsMember.CLIENT_NAME, Arrays.asList(UpdateMember.values()))) {
            @Override
            UpdateUserPoolClientRequest.Builder newBuilder() {
              return UpdateUserPoolClientRequest.builder();
            }

            @Override
            UpdateUserPoolClientRequest build(UpdateUserPoolClientRequest.Builder builder) {
              return builder.build();
            }
          };

  static final WireStructure<DescribeUserPoolClientRequest.Builder, DescribeUserPoolClientRequest>
      DESCRIBE_REQUEST =
          new WireStructure<>(Arrays.asList(DescribeMember.values())) {
            @Override
            DescribeUserPoolClientRequest.Builder newBuilder() {
              return DescribeUserPoolClientRequest.builder();
            }

            @Override
            DescribeUserPoolClientRequest build(DescribeUserPoolClientRequest.Builder builder) {
              return builder.build();
            }
          };

  static final WireStructure<DeleteUserPoolClientRequest.Builder, DeleteUserPoolClientRequest>
      DELETE_REQUEST =
          new WireStructure<>(Arrays.asList(DeleteMember.values())) {
            @Override
            DeleteUserPoolClientRequest.Builder newBuilder() {
              return DeleteUserPoolClientRequest.builder();
            }

            @Override
            DeleteUserPoolClientRequest build(DeleteUserPoolClientRequest.Builder builder) {
              return builder.build();
            }
          };

  /** {@code ListUserPoolClients}: UserPoolId, MaxResults, NextToken (12.8). */
  static final WireStructure<ListUserPoolClientsRequest.Builder, ListUserPoolClientsRequest>
      LIST_REQUEST =
          new WireStructure<>(Arrays.asList(ListMember.values())) {
            @Override
            ListUserPoolClientsRequest.Builder newBuilder() {
              return ListUserPoolClientsRequest.builder();
            }

            @Override
            ListUserPoolClientsRequest build(ListUserPoolClientsRequest.Builder builder) {
              return builder.build();
            }
          };

  static final WireStructure<UserPoolClientDescription.Builder, UserPoolClientDescription>
      CLIENT_DESCRIPTION =
          new WireStructure<>(Arrays.asList(DescriptionMember.values())) {
            @Override
            UserPoolClientDescription.Builder newBuilder() {
              return UserPoolClientDescription.builder();
            }

            @Override
            UserPoolClientDescription build(UserPoolClientDescription.Builder builder) {
              return builder.build();
            }
          };

  static final WireStructure<ListUserPoolClientsResponse.Builder, ListUserPoolClientsResponse>
      LIST_RESPONSE =
          new WireStructure<>(Arrays.asList(ListResponseMember.values())) {
            @Override
            ListUserPoolClientsResponse.Builder newBuilder() {
              return ListUserPoolClientsResponse.builder();
            }

            @Override
            ListUserPoolClientsResponse build(ListUserPoolClientsResponse.Builder builder) {
              return builder.build();
            }
          };

  /**
   * {@code UserPoolClientType}, the client record, in the service model's order (as Cognito prints
   * it). Lists are written only when they have items (RESP-03). Reading (a client the caller kept
   * as JSON) requires the identity and the dates, and gives every other always-present member its
   * Create default when absent, e.g. {@code RefreshTokenRotation} DISABLED for a record from before
   * 2025 (catalogue 12.8).
   */
  static final WireStructure<UserPoolClient.Builder, UserPoolClient> USER_POOL_CLIENT =
      new WireStructure<>(Arrays.asList(ClientMember.values())) {
        /** The defaults of the members every record has (RESP-02), for records read from JSON. */
        @Override
        UserPoolClient.Builder newBuilder() {
          return UserPoolClient.builder()
              .refreshTokenValidity(30)
              .tokenValidityUnits(TokenValidityUnits.builder().build())
              .allowedOAuthFlowsUserPoolClient(false)
              .enableTokenRevocation(true)
              .enablePropagateAdditionalUserContextData(false)
              .authSessionValidity(3)
              .refreshTokenRotation(
                  RefreshTokenRotation.builder()
                      .featureAsString(FeatureType.DISABLED.toString())
                      .retryGracePeriodSeconds(0)
                      .build());
        }

        @Override
        UserPoolClient build(UserPoolClient.Builder builder) {
          return builder.build();
        }
      };

  /**
   * Returns the settings members in order, with {@code own}, a request's own members, inserted
   * before {@code next}.
   */
  private static <B extends UserPoolClientSettings.Builder<B>, V extends UserPoolClientSettings>
      ImmutableList<WireMember<? super B, ? super V>> settingsWith(
          SettingsMember next, List<? extends WireMember<? super B, ? super V>> own) {
    ImmutableList.Builder<WireMember<? super B, ? super V>> members = ImmutableList.builder();
    for (SettingsMember member : SettingsMember.values()) {
      if (member == next) {
        members.addAll(own);
      }
      members.add(member);
    }
    return members.build();
  }

  /**
   * Returns {@code value}, a list of strings as {@link WireKind#STRING_LIST} decodes it.
   *
   * <p>The {@code set} methods below cast the {@code Object} they get to the Java type of the
   * member's kind: the kind decoded it, so the cast cannot fail.
   */
  @SuppressWarnings("unchecked") // STRING_LIST decodes to ImmutableList<String>
  private static ImmutableList<String> strings(Object value) {
    return (ImmutableList<String>) value;
  }

  /** Returns the wire shape of {@code value} as {@code structure} writes it, or null if absent. */
  private static <T> @Nullable Object write(WireStructure<?, T> structure, Optional<T> value) {
    return value.isPresent() ? structure.write(value.get()) : null;
  }

  /** Returns {@code list}, or null when it is empty (a client record's lists, RESP-03). */
  private static @Nullable ImmutableList<String> nonEmpty(ImmutableList<String> list) {
    return list.isEmpty() ? null : list;
  }

  /** The members of {@code TokenValidityUnits}. */
  private enum TokenValidityUnitsMember
      implements WireMember<TokenValidityUnits.Builder, TokenValidityUnits> {
    ACCESS_TOKEN(optional("AccessToken", STRING)),
    ID_TOKEN(optional("IdToken", STRING)),
    REFRESH_TOKEN(optional("RefreshToken", STRING));

    private final Spec spec;

    TokenValidityUnitsMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(TokenValidityUnits units) {
      return switch (this) {
        case ACCESS_TOKEN -> units.accessTokenAsString().orElse(null);
        case ID_TOKEN -> units.idTokenAsString().orElse(null);
        case REFRESH_TOKEN -> units.refreshTokenAsString().orElse(null);
      };
    }

    @Override
    public void set(TokenValidityUnits.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case ACCESS_TOKEN -> builder.accessTokenAsString((String) value);
            case ID_TOKEN -> builder.idTokenAsString((String) value);
            case REFRESH_TOKEN -> builder.refreshTokenAsString((String) value);
          };
    }
  }

  /** The members of {@code AnalyticsConfigurationType}. */
  private enum AnalyticsConfigurationMember
      implements WireMember<AnalyticsConfiguration.Builder, AnalyticsConfiguration> {
    APPLICATION_ID(optional("ApplicationId", STRING)),
    APPLICATION_ARN(optional("ApplicationArn", STRING)),
    ROLE_ARN(optional("RoleArn", STRING)),
    EXTERNAL_ID(optional("ExternalId", STRING)),
    USER_DATA_SHARED(optional("UserDataShared", BOOLEAN));

    private final Spec spec;

    AnalyticsConfigurationMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(AnalyticsConfiguration analytics) {
      return switch (this) {
        case APPLICATION_ID -> analytics.applicationId().orElse(null);
        case APPLICATION_ARN -> analytics.applicationArn().orElse(null);
        case ROLE_ARN -> analytics.roleArn().orElse(null);
        case EXTERNAL_ID -> analytics.externalId().orElse(null);
        case USER_DATA_SHARED -> analytics.userDataShared().orElse(null);
      };
    }

    @Override
    public void set(AnalyticsConfiguration.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case APPLICATION_ID -> builder.applicationId((String) value);
            case APPLICATION_ARN -> builder.applicationArn((String) value);
            case ROLE_ARN -> builder.roleArn((String) value);
            case EXTERNAL_ID -> builder.externalId((String) value);
            case USER_DATA_SHARED -> builder.userDataShared((Boolean) value);
          };
    }
  }

  /** The members of {@code RefreshTokenRotationType}. */
  private enum RefreshTokenRotationMember
      implements WireMember<RefreshTokenRotation.Builder, RefreshTokenRotation> {
    FEATURE(optional("Feature", STRING)),
    RETRY_GRACE_PERIOD_SECONDS(optional("RetryGracePeriodSeconds", INTEGER));

    private final Spec spec;

    RefreshTokenRotationMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(RefreshTokenRotation rotation) {
      return switch (this) {
        case FEATURE -> rotation.featureAsString().orElse(null);
        case RETRY_GRACE_PERIOD_SECONDS -> rotation.retryGracePeriodSeconds().orElse(null);
      };
    }

    @Override
    public void set(RefreshTokenRotation.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case FEATURE -> builder.featureAsString((String) value);
            case RETRY_GRACE_PERIOD_SECONDS -> builder.retryGracePeriodSeconds((Integer) value);
          };
    }
  }

  /**
   * The members Create and Update share, in their order on both requests; their setters are those
   * of {@link UserPoolClientSettings.Builder}, which both request builders implement, their getters
   * those of {@link UserPoolClientSettings}.
   */
  private enum SettingsMember
      implements WireMember<UserPoolClientSettings.Builder<?>, UserPoolClientSettings> {
    USER_POOL_ID(optional("UserPoolId", STRING)),
    CLIENT_NAME(optional("ClientName", STRING)),
    REFRESH_TOKEN_VALIDITY(optional("RefreshTokenValidity", INTEGER)),
    ACCESS_TOKEN_VALIDITY(optional("AccessTokenValidity", INTEGER)),
    ID_TOKEN_VALIDITY(optional("IdTokenValidity", INTEGER)),
    TOKEN_VALIDITY_UNITS(optional("TokenValidityUnits", Shapes.TOKEN_VALIDITY_UNITS.kind())),
    READ_ATTRIBUTES(optional("ReadAttributes", STRING_LIST)),
    WRITE_ATTRIBUTES(optional("WriteAttributes", STRING_LIST)),
    EXPLICIT_AUTH_FLOWS(optional("ExplicitAuthFlows", STRING_LIST)),
    SUPPORTED_IDENTITY_PROVIDERS(optional("SupportedIdentityProviders", STRING_LIST)),
    CALLBACK_URLS(optional("CallbackURLs", STRING_LIST)),
    LOGOUT_URLS(optional("LogoutURLs", STRING_LIST)),
    DEFAULT_REDIRECT_URI(optional("DefaultRedirectURI", STRING)),
    ALLOWED_OAUTH_FLOWS(optional("AllowedOAuthFlows", STRING_LIST)),
    ALLOWED_OAUTH_SCOPES(optional("AllowedOAuthScopes", STRING_LIST)),
    ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT(optional("AllowedOAuthFlowsUserPoolClient", BOOLEAN)),
    ENABLE_TOKEN_REVOCATION(optional("EnableTokenRevocation", BOOLEAN)),
    ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA(
        optional("EnablePropagateAdditionalUserContextData", BOOLEAN)),
    ANALYTICS_CONFIGURATION(
        optional("AnalyticsConfiguration", Shapes.ANALYTICS_CONFIGURATION.kind())),
    PREVENT_USER_EXISTENCE_ERRORS(optional("PreventUserExistenceErrors", STRING)),
    AUTH_SESSION_VALIDITY(optional("AuthSessionValidity", INTEGER)),
    REFRESH_TOKEN_ROTATION(optional("RefreshTokenRotation", Shapes.REFRESH_TOKEN_ROTATION.kind()));

    private final Spec spec;

    SettingsMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(UserPoolClientSettings settings) {
      return switch (this) {
        case USER_POOL_ID -> settings.userPoolId().orElse(null);
        case CLIENT_NAME -> settings.clientName().orElse(null);
        case REFRESH_TOKEN_VALIDITY -> settings.refreshTokenValidity().orElse(null);
        case ACCESS_TOKEN_VALIDITY -> settings.accessTokenValidity().orElse(null);
        case ID_TOKEN_VALIDITY -> settings.idTokenValidity().orElse(null);
        case TOKEN_VALIDITY_UNITS ->
            write(Shapes.TOKEN_VALIDITY_UNITS, settings.tokenValidityUnits());
        case READ_ATTRIBUTES -> settings.readAttributes().orElse(null);
        case WRITE_ATTRIBUTES -> settings.writeAttributes().orElse(null);
        case EXPLICIT_AUTH_FLOWS -> settings.explicitAuthFlowsAsStrings().orElse(null);
        case SUPPORTED_IDENTITY_PROVIDERS -> settings.supportedIdentityProviders().orElse(null);
        case CALLBACK_URLS -> settings.callbackURLs().orElse(null);
        case LOGOUT_URLS -> settings.logoutURLs().orElse(null);
        case DEFAULT_REDIRECT_URI -> settings.defaultRedirectURI().orElse(null);
        case ALLOWED_OAUTH_FLOWS -> settings.allowedOAuthFlowsAsStrings().orElse(null);
        case ALLOWED_OAUTH_SCOPES -> settings.allowedOAuthScopes().orElse(null);
        case ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT ->
            settings.allowedOAuthFlowsUserPoolClient().orElse(null);
        case ENABLE_TOKEN_REVOCATION -> settings.enableTokenRevocation().orElse(null);
        case ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA ->
            settings.enablePropagateAdditionalUserContextData().orElse(null);
        case ANALYTICS_CONFIGURATION ->
            write(Shapes.ANALYTICS_CONFIGURATION, settings.analyticsConfiguration());
        case PREVENT_USER_EXISTENCE_ERRORS ->
            settings.preventUserExistenceErrorsAsString().orElse(null);
        case AUTH_SESSION_VALIDITY -> settings.authSessionValidity().orElse(null);
        case REFRESH_TOKEN_ROTATION ->
            write(Shapes.REFRESH_TOKEN_ROTATION, settings.refreshTokenRotation());
      };
    }

    @Override
    public void set(UserPoolClientSettings.Builder<?> builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case CLIENT_NAME -> builder.clientName((String) value);
            case REFRESH_TOKEN_VALIDITY -> builder.refreshTokenValidity((Integer) value);
            case ACCESS_TOKEN_VALIDITY -> builder.accessTokenValidity((Integer) value);
            case ID_TOKEN_VALIDITY -> builder.idTokenValidity((Integer) value);
            case TOKEN_VALIDITY_UNITS -> builder.tokenValidityUnits((TokenValidityUnits) value);
            case READ_ATTRIBUTES -> builder.readAttributes(strings(value));
            case WRITE_ATTRIBUTES -> builder.writeAttributes(strings(value));
            case EXPLICIT_AUTH_FLOWS -> builder.explicitAuthFlowsAsStrings(strings(value));
            case SUPPORTED_IDENTITY_PROVIDERS -> builder.supportedIdentityProviders(strings(value));
            case CALLBACK_URLS -> builder.callbackURLs(strings(value));
            case LOGOUT_URLS -> builder.logoutURLs(strings(value));
            case DEFAULT_REDIRECT_URI -> builder.defaultRedirectURI((String) value);
            case ALLOWED_OAUTH_FLOWS -> builder.allowedOAuthFlowsAsStrings(strings(value));
            case ALLOWED_OAUTH_SCOPES -> builder.allowedOAuthScopes(strings(value));
            case ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT ->
                builder.allowedOAuthFlowsUserPoolClient((Boolean) value);
            case ENABLE_TOKEN_REVOCATION -> builder.enableTokenRevocation((Boolean) value);
            case ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA ->
                builder.enablePropagateAdditionalUserContextData((Boolean) value);
            case ANALYTICS_CONFIGURATION ->
                builder.analyticsConfiguration((AnalyticsConfiguration) value);
            case PREVENT_USER_EXISTENCE_ERRORS ->
                builder.preventUserExistenceErrorsAsString((String) value);
            case AUTH_SESSION_VALIDITY -> builder.authSessionValidity((Integer) value);
            case REFRESH_TOKEN_ROTATION ->
                builder.refreshTokenRotation((RefreshTokenRotation) value);
          };
    }
  }

  /** The members only Create has, between {@code ClientName} and {@code RefreshTokenValidity}. */
  private enum CreateMember
      implements WireMember<CreateUserPoolClientRequest.Builder, CreateUserPoolClientRequest> {
    CLIENT_SECRET(optional("ClientSecret", STRING)),
    GENERATE_SECRET(optional("GenerateSecret", BOOLEAN));

    private final Spec spec;

    CreateMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(CreateUserPoolClientRequest request) {
      return switch (this) {
        case CLIENT_SECRET -> request.clientSecret().orElse(null);
        case GENERATE_SECRET -> request.generateSecret().orElse(null);
      };
    }

    @Override
    public void set(CreateUserPoolClientRequest.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case CLIENT_SECRET -> builder.clientSecret((String) value);
            case GENERATE_SECRET -> builder.generateSecret((Boolean) value);
          };
    }
  }

  /** The member only Update has, between {@code UserPoolId} and {@code ClientName}. */
  private enum UpdateMember
      implements WireMember<UpdateUserPoolClientRequest.Builder, UpdateUserPoolClientRequest> {
    CLIENT_ID(optional("ClientId", STRING));

    private final Spec spec;

    UpdateMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(UpdateUserPoolClientRequest request) {
      return switch (this) {
        case CLIENT_ID -> request.clientId().orElse(null);
      };
    }

    @Override
    public void set(UpdateUserPoolClientRequest.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case CLIENT_ID -> builder.clientId((String) value);
          };
    }
  }

  /** The members of {@code DescribeUserPoolClient}. */
  private enum DescribeMember
      implements WireMember<DescribeUserPoolClientRequest.Builder, DescribeUserPoolClientRequest> {
    USER_POOL_ID(optional("UserPoolId", STRING)),
    CLIENT_ID(optional("ClientId", STRING));

    private final Spec spec;

    DescribeMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(DescribeUserPoolClientRequest request) {
      return switch (this) {
        case USER_POOL_ID -> request.userPoolId().orElse(null);
        case CLIENT_ID -> request.clientId().orElse(null);
      };
    }

    @Override
    public void set(DescribeUserPoolClientRequest.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case CLIENT_ID -> builder.clientId((String) value);
          };
    }
  }

  /** The members of {@code DeleteUserPoolClient}. */
  private enum DeleteMember
      implements WireMember<DeleteUserPoolClientRequest.Builder, DeleteUserPoolClientRequest> {
    USER_POOL_ID(optional("UserPoolId", STRING)),
    CLIENT_ID(optional("ClientId", STRING));

    private final Spec spec;

    DeleteMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(DeleteUserPoolClientRequest request) {
      return switch (this) {
        case USER_POOL_ID -> request.userPoolId().orElse(null);
        case CLIENT_ID -> request.clientId().orElse(null);
      };
    }

    @Override
    public void set(DeleteUserPoolClientRequest.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case CLIENT_ID -> builder.clientId((String) value);
          };
    }
  }

  /** The members of {@code ListUserPoolClients}. */
  private enum ListMember
      implements WireMember<ListUserPoolClientsRequest.Builder, ListUserPoolClientsRequest> {
    USER_POOL_ID(optional("UserPoolId", STRING)),
    MAX_RESULTS(optional("MaxResults", INTEGER)),
    NEXT_TOKEN(optional("NextToken", STRING));

    private final Spec spec;

    ListMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(ListUserPoolClientsRequest request) {
      return switch (this) {
        case USER_POOL_ID -> request.userPoolId().orElse(null);
        case MAX_RESULTS -> request.maxResults().orElse(null);
        case NEXT_TOKEN -> request.nextToken().orElse(null);
      };
    }

    @Override
    public void set(ListUserPoolClientsRequest.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case MAX_RESULTS -> builder.maxResults((Integer) value);
            case NEXT_TOKEN -> builder.nextToken((String) value);
          };
    }
  }

  /** The members of {@code UserPoolClientDescription}, a List answer's item; all required. */
  private enum DescriptionMember
      implements WireMember<UserPoolClientDescription.Builder, UserPoolClientDescription> {
    CLIENT_ID(required("ClientId", STRING)),
    USER_POOL_ID(required("UserPoolId", STRING)),
    CLIENT_NAME(required("ClientName", STRING));

    private final Spec spec;

    DescriptionMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public Object get(UserPoolClientDescription description) {
      return switch (this) {
        case CLIENT_ID -> description.clientId();
        case USER_POOL_ID -> description.userPoolId();
        case CLIENT_NAME -> description.clientName();
      };
    }

    @Override
    public void set(UserPoolClientDescription.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case CLIENT_ID -> builder.clientId((String) value);
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case CLIENT_NAME -> builder.clientName((String) value);
          };
    }
  }

  /** The members of the {@code ListUserPoolClients} answer. */
  private enum ListResponseMember
      implements WireMember<ListUserPoolClientsResponse.Builder, ListUserPoolClientsResponse> {
    USER_POOL_CLIENTS(
        required("UserPoolClients", WireKind.listOf(Shapes.CLIENT_DESCRIPTION.kind()))),
    NEXT_TOKEN(optional("NextToken", STRING));

    private final Spec spec;

    ListResponseMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(ListUserPoolClientsResponse response) {
      return switch (this) {
        case USER_POOL_CLIENTS -> descriptions(response.userPoolClients());
        case NEXT_TOKEN -> response.nextToken().orElse(null);
      };
    }

    @Override
    @SuppressWarnings("unchecked") // the kind of USER_POOL_CLIENTS decodes to this list type
    public void set(ListUserPoolClientsResponse.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_CLIENTS ->
                builder.userPoolClients((ImmutableList<UserPoolClientDescription>) value);
            case NEXT_TOKEN -> builder.nextToken((String) value);
          };
    }

    private static ImmutableList<Object> descriptions(
        ImmutableList<UserPoolClientDescription> page) {
      ImmutableList.Builder<Object> written = ImmutableList.builderWithExpectedSize(page.size());
      for (UserPoolClientDescription description : page) {
        written.add(Shapes.CLIENT_DESCRIPTION.write(description));
      }
      return written.build();
    }
  }

  /**
   * The members of {@code UserPoolClientType}, the client record; see {@link #USER_POOL_CLIENT}.
   */
  private enum ClientMember implements WireMember<UserPoolClient.Builder, UserPoolClient> {
    USER_POOL_ID(required("UserPoolId", STRING)),
    CLIENT_NAME(required("ClientName", STRING)),
    CLIENT_ID(required("ClientId", STRING)),
    CLIENT_SECRET(optional("ClientSecret", STRING)),
    LAST_MODIFIED_DATE(required("LastModifiedDate", DATE)),
    CREATION_DATE(required("CreationDate", DATE)),
    REFRESH_TOKEN_VALIDITY(optional("RefreshTokenValidity", INTEGER)),
    ACCESS_TOKEN_VALIDITY(optional("AccessTokenValidity", INTEGER)),
    ID_TOKEN_VALIDITY(optional("IdTokenValidity", INTEGER)),
    TOKEN_VALIDITY_UNITS(optional("TokenValidityUnits", Shapes.TOKEN_VALIDITY_UNITS.kind())),
    READ_ATTRIBUTES(optional("ReadAttributes", STRING_LIST)),
    WRITE_ATTRIBUTES(optional("WriteAttributes", STRING_LIST)),
    EXPLICIT_AUTH_FLOWS(optional("ExplicitAuthFlows", STRING_LIST)),
    SUPPORTED_IDENTITY_PROVIDERS(optional("SupportedIdentityProviders", STRING_LIST)),
    CALLBACK_URLS(optional("CallbackURLs", STRING_LIST)),
    LOGOUT_URLS(optional("LogoutURLs", STRING_LIST)),
    DEFAULT_REDIRECT_URI(optional("DefaultRedirectURI", STRING)),
    ALLOWED_OAUTH_FLOWS(optional("AllowedOAuthFlows", STRING_LIST)),
    ALLOWED_OAUTH_SCOPES(optional("AllowedOAuthScopes", STRING_LIST)),
    ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT(optional("AllowedOAuthFlowsUserPoolClient", BOOLEAN)),
    ANALYTICS_CONFIGURATION(
        optional("AnalyticsConfiguration", Shapes.ANALYTICS_CONFIGURATION.kind())),
    PREVENT_USER_EXISTENCE_ERRORS(optional("PreventUserExistenceErrors", STRING)),
    ENABLE_TOKEN_REVOCATION(optional("EnableTokenRevocation", BOOLEAN)),
    ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA(
        optional("EnablePropagateAdditionalUserContextData", BOOLEAN)),
    AUTH_SESSION_VALIDITY(optional("AuthSessionValidity", INTEGER)),
    REFRESH_TOKEN_ROTATION(optional("RefreshTokenRotation", Shapes.REFRESH_TOKEN_ROTATION.kind()));

    private final Spec spec;

    ClientMember(Spec spec) {
      this.spec = spec;
    }

    @Override
    public Spec spec() {
      return spec;
    }

    @Override
    public @Nullable Object get(UserPoolClient client) {
      return switch (this) {
        case USER_POOL_ID -> client.userPoolId();
        case CLIENT_NAME -> client.clientName();
        case CLIENT_ID -> client.clientId();
        case CLIENT_SECRET -> client.clientSecret().orElse(null);
        case LAST_MODIFIED_DATE -> WireDates.seconds(client.lastModifiedDate());
        case CREATION_DATE -> WireDates.seconds(client.creationDate());
        case REFRESH_TOKEN_VALIDITY -> client.refreshTokenValidity();
        case ACCESS_TOKEN_VALIDITY -> client.accessTokenValidity().orElse(null);
        case ID_TOKEN_VALIDITY -> client.idTokenValidity().orElse(null);
        case TOKEN_VALIDITY_UNITS -> Shapes.TOKEN_VALIDITY_UNITS.write(client.tokenValidityUnits());
        case READ_ATTRIBUTES -> nonEmpty(client.readAttributes());
        case WRITE_ATTRIBUTES -> nonEmpty(client.writeAttributes());
        case EXPLICIT_AUTH_FLOWS -> nonEmpty(client.explicitAuthFlowsAsStrings());
        case SUPPORTED_IDENTITY_PROVIDERS -> nonEmpty(client.supportedIdentityProviders());
        case CALLBACK_URLS -> nonEmpty(client.callbackURLs());
        case LOGOUT_URLS -> nonEmpty(client.logoutURLs());
        case DEFAULT_REDIRECT_URI -> client.defaultRedirectURI().orElse(null);
        case ALLOWED_OAUTH_FLOWS -> nonEmpty(client.allowedOAuthFlowsAsStrings());
        case ALLOWED_OAUTH_SCOPES -> nonEmpty(client.allowedOAuthScopes());
        case ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT -> client.allowedOAuthFlowsUserPoolClient();
        case ANALYTICS_CONFIGURATION ->
            write(Shapes.ANALYTICS_CONFIGURATION, client.analyticsConfiguration());
        case PREVENT_USER_EXISTENCE_ERRORS ->
            client.preventUserExistenceErrorsAsString().orElse(null);
        case ENABLE_TOKEN_REVOCATION -> client.enableTokenRevocation();
        case ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA ->
            client.enablePropagateAdditionalUserContextData();
        case AUTH_SESSION_VALIDITY -> client.authSessionValidity();
        case REFRESH_TOKEN_ROTATION ->
            Shapes.REFRESH_TOKEN_ROTATION.write(client.refreshTokenRotation());
      };
    }

    @Override
    public void set(UserPoolClient.Builder builder, Object value) {
      Object unused =
          switch (this) {
            case USER_POOL_ID -> builder.userPoolId((String) value);
            case CLIENT_NAME -> builder.clientName((String) value);
            case CLIENT_ID -> builder.clientId((String) value);
            case CLIENT_SECRET -> builder.clientSecret((String) value);
            case LAST_MODIFIED_DATE -> builder.lastModifiedDate((Instant) value);
            case CREATION_DATE -> builder.creationDate((Instant) value);
            case REFRESH_TOKEN_VALIDITY -> builder.refreshTokenValidity((Integer) value);
            case ACCESS_TOKEN_VALIDITY -> builder.accessTokenValidity((Integer) value);
            case ID_TOKEN_VALIDITY -> builder.idTokenValidity((Integer) value);
            case TOKEN_VALIDITY_UNITS -> builder.tokenValidityUnits((TokenValidityUnits) value);
            case READ_ATTRIBUTES -> builder.readAttributes(strings(value));
            case WRITE_ATTRIBUTES -> builder.writeAttributes(strings(value));
            case EXPLICIT_AUTH_FLOWS -> builder.explicitAuthFlowsAsStrings(strings(value));
            case SUPPORTED_IDENTITY_PROVIDERS -> builder.supportedIdentityProviders(strings(value));
            case CALLBACK_URLS -> builder.callbackURLs(strings(value));
            case LOGOUT_URLS -> builder.logoutURLs(strings(value));
            case DEFAULT_REDIRECT_URI -> builder.defaultRedirectURI((String) value);
            case ALLOWED_OAUTH_FLOWS -> builder.allowedOAuthFlowsAsStrings(strings(value));
            case ALLOWED_OAUTH_SCOPES -> builder.allowedOAuthScopes(strings(value));
            case ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT ->
                builder.allowedOAuthFlowsUserPoolClient((Boolean) value);
            case ANALYTICS_CONFIGURATION ->
                builder.analyticsConfiguration((AnalyticsConfiguration) value);
            case PREVENT_USER_EXISTENCE_ERRORS ->
                builder.preventUserExistenceErrorsAsString((String) value);
            case ENABLE_TOKEN_REVOCATION -> builder.enableTokenRevocation((Boolean) value);
            case ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA ->
                builder.enablePropagateAdditionalUserContextData((Boolean) value);
            case AUTH_SESSION_VALIDITY -> builder.authSessionValidity((Integer) value);
            case REFRESH_TOKEN_ROTATION ->
                builder.refreshTokenRotation((RefreshTokenRotation) value);
          };
    }
  }
}
