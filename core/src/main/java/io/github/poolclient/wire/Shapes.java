package io.github.poolclient.wire;

import static io.github.poolclient.wire.WireKind.BOOLEAN;
import static io.github.poolclient.wire.WireKind.DATE;
import static io.github.poolclient.wire.WireKind.INTEGER;
import static io.github.poolclient.wire.WireKind.STRING;
import static io.github.poolclient.wire.WireKind.STRING_LIST;

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
import io.github.poolclient.wire.WireStructure.TableBuilder;
import java.util.Optional;

/**
 * Declares the wire shape of every structure poolclient reads or writes: the member catalogue.
 *
 * <p>Each member of each shape is declared once here, with its wire name, JSON kind, where it lands
 * when read and where it comes from when written; the reader, the writer, and the order in which
 * decoding errors are reported (catalogue 12.1, 12.8: the service model's member order) all derive
 * from these tables. The members Create and Update share ({@link UserPoolClientSettings}) are
 * declared once for both, in {@link #settings}, over the builder interface both requests' builders
 * implement; each request adds only its own members (Create: {@code ClientSecret}, {@code
 * GenerateSecret}; Update: {@code ClientId}).
 */
final class Shapes {
  private Shapes() {}

  static final WireStructure<TokenValidityUnits.Builder, TokenValidityUnits> TOKEN_VALIDITY_UNITS =
      WireStructure.table(TokenValidityUnits::builder, TokenValidityUnits.Builder::build)
          .member(
              "AccessToken",
              STRING,
              TokenValidityUnits.Builder::accessTokenAsString,
              TokenValidityUnits::accessTokenAsString)
          .member(
              "IdToken",
              STRING,
              TokenValidityUnits.Builder::idTokenAsString,
              TokenValidityUnits::idTokenAsString)
          .member(
              "RefreshToken",
              STRING,
              TokenValidityUnits.Builder::refreshTokenAsString,
              TokenValidityUnits::refreshTokenAsString)
          .build();

  static final WireStructure<AnalyticsConfiguration.Builder, AnalyticsConfiguration>
      ANALYTICS_CONFIGURATION =
          WireStructure.table(
                  AnalyticsConfiguration::builder, AnalyticsConfiguration.Builder::build)
              .member(
                  "ApplicationId",
                  STRING,
                  AnalyticsConfiguration.Builder::applicationId,
                  AnalyticsConfiguration::applicationId)
              .member(
                  "ApplicationArn",
                  STRING,
                  AnalyticsConfiguration.Builder::applicationArn,
                  AnalyticsConfiguration::applicationArn)
              .member(
                  "RoleArn",
                  STRING,
                  AnalyticsConfiguration.Builder::roleArn,
                  AnalyticsConfiguration::roleArn)
              .member(
                  "ExternalId",
                  STRING,
                  AnalyticsConfiguration.Builder::externalId,
                  AnalyticsConfiguration::externalId)
              .member(
                  "UserDataShared",
                  BOOLEAN,
                  AnalyticsConfiguration.Builder::userDataShared,
                  AnalyticsConfiguration::userDataShared)
              .build();

  static final WireStructure<RefreshTokenRotation.Builder, RefreshTokenRotation>
      REFRESH_TOKEN_ROTATION =
          WireStructure.table(RefreshTokenRotation::builder, RefreshTokenRotation.Builder::build)
              .member(
                  "Feature",
                  STRING,
                  RefreshTokenRotation.Builder::featureAsString,
                  RefreshTokenRotation::featureAsString)
              .member(
                  "RetryGracePeriodSeconds",
                  INTEGER,
                  RefreshTokenRotation.Builder::retryGracePeriodSeconds,
                  RefreshTokenRotation::retryGracePeriodSeconds)
              .build();

  /** {@code CreateUserPoolClient}: M-table order (UserPoolId, ClientName, ClientSecret, ...). */
  static final WireStructure<CreateUserPoolClientRequest.Builder, CreateUserPoolClientRequest>
      CREATE_REQUEST =
          settings(
                  settings(
                          WireStructure.table(
                              CreateUserPoolClientRequest::builder,
                              CreateUserPoolClientRequest.Builder::build),
                          Segment.POOL_AND_NAME)
                      .member(
                          "ClientSecret",
                          STRING,
                          CreateUserPoolClientRequest.Builder::clientSecret,
                          CreateUserPoolClientRequest::clientSecret)
                      .member(
                          "GenerateSecret",
                          BOOLEAN,
                          CreateUserPoolClientRequest.Builder::generateSecret,
                          CreateUserPoolClientRequest::generateSecret),
                  Segment.REST)
              .build();

  /** {@code UpdateUserPoolClient}: UserPoolId, ClientId, ClientName, then as Create (12.8). */
  static final WireStructure<UpdateUserPoolClientRequest.Builder, UpdateUserPoolClientRequest>
      UPDATE_REQUEST =
          settings(
                  settings(
                          WireStructure.table(
                              UpdateUserPoolClientRequest::builder,
                              UpdateUserPoolClientRequest.Builder::build),
                          Segment.POOL)
                      .member(
                          "ClientId",
                          STRING,
                          UpdateUserPoolClientRequest.Builder::clientId,
                          UpdateUserPoolClientRequest::clientId),
                  Segment.NAME_AND_REST)
              .build();

  static final WireStructure<DescribeUserPoolClientRequest.Builder, DescribeUserPoolClientRequest>
      DESCRIBE_REQUEST =
          WireStructure.table(
                  DescribeUserPoolClientRequest::builder,
                  DescribeUserPoolClientRequest.Builder::build)
              .member(
                  "UserPoolId",
                  STRING,
                  DescribeUserPoolClientRequest.Builder::userPoolId,
                  DescribeUserPoolClientRequest::userPoolId)
              .member(
                  "ClientId",
                  STRING,
                  DescribeUserPoolClientRequest.Builder::clientId,
                  DescribeUserPoolClientRequest::clientId)
              .build();

  static final WireStructure<DeleteUserPoolClientRequest.Builder, DeleteUserPoolClientRequest>
      DELETE_REQUEST =
          WireStructure.table(
                  DeleteUserPoolClientRequest::builder, DeleteUserPoolClientRequest.Builder::build)
              .member(
                  "UserPoolId",
                  STRING,
                  DeleteUserPoolClientRequest.Builder::userPoolId,
                  DeleteUserPoolClientRequest::userPoolId)
              .member(
                  "ClientId",
                  STRING,
                  DeleteUserPoolClientRequest.Builder::clientId,
                  DeleteUserPoolClientRequest::clientId)
              .build();

  /** {@code ListUserPoolClients}: UserPoolId, MaxResults, NextToken (12.8). */
  static final WireStructure<ListUserPoolClientsRequest.Builder, ListUserPoolClientsRequest>
      LIST_REQUEST =
          WireStructure.table(
                  ListUserPoolClientsRequest::builder, ListUserPoolClientsRequest.Builder::build)
              .member(
                  "UserPoolId",
                  STRING,
                  ListUserPoolClientsRequest.Builder::userPoolId,
                  ListUserPoolClientsRequest::userPoolId)
              .member(
                  "MaxResults",
                  INTEGER,
                  ListUserPoolClientsRequest.Builder::maxResults,
                  ListUserPoolClientsRequest::maxResults)
              .member(
                  "NextToken",
                  STRING,
                  ListUserPoolClientsRequest.Builder::nextToken,
                  ListUserPoolClientsRequest::nextToken)
              .build();

  static final WireStructure<UserPoolClientDescription.Builder, UserPoolClientDescription>
      CLIENT_DESCRIPTION =
          WireStructure.table(
                  UserPoolClientDescription::builder, UserPoolClientDescription.Builder::build)
              .required(
                  "ClientId",
                  STRING,
                  UserPoolClientDescription.Builder::clientId,
                  UserPoolClientDescription::clientId,
                  value -> value)
              .required(
                  "UserPoolId",
                  STRING,
                  UserPoolClientDescription.Builder::userPoolId,
                  UserPoolClientDescription::userPoolId,
                  value -> value)
              .required(
                  "ClientName",
                  STRING,
                  UserPoolClientDescription.Builder::clientName,
                  UserPoolClientDescription::clientName,
                  value -> value)
              .build();

  static final WireStructure<ListUserPoolClientsResponse.Builder, ListUserPoolClientsResponse>
      LIST_RESPONSE =
          WireStructure.table(
                  ListUserPoolClientsResponse::builder, ListUserPoolClientsResponse.Builder::build)
              .required(
                  "UserPoolClients",
                  WireKind.listOf(CLIENT_DESCRIPTION.kind()),
                  ListUserPoolClientsResponse.Builder::userPoolClients,
                  ListUserPoolClientsResponse::userPoolClients,
                  page -> page.stream().map(CLIENT_DESCRIPTION::write).toList())
              .member(
                  "NextToken",
                  STRING,
                  ListUserPoolClientsResponse.Builder::nextToken,
                  ListUserPoolClientsResponse::nextToken)
              .build();

  /**
   * {@code UserPoolClientType}, the client record, in the service model's order (as Cognito prints
   * it). Lists are written only when they have items (RESP-03). Reading (a client the caller kept
   * as JSON) requires the identity and the dates, and gives every other always-present member its
   * Create default when absent, e.g. {@code RefreshTokenRotation} DISABLED for a record from before
   * 2025 (catalogue 12.8).
   */
  static final WireStructure<UserPoolClient.Builder, UserPoolClient> USER_POOL_CLIENT =
      WireStructure.table(Shapes::clientWithDefaults, UserPoolClient.Builder::build)
          .required(
              "UserPoolId",
              STRING,
              UserPoolClient.Builder::userPoolId,
              UserPoolClient::userPoolId,
              value -> value)
          .required(
              "ClientName",
              STRING,
              UserPoolClient.Builder::clientName,
              UserPoolClient::clientName,
              value -> value)
          .required(
              "ClientId",
              STRING,
              UserPoolClient.Builder::clientId,
              UserPoolClient::clientId,
              value -> value)
          .member(
              "ClientSecret",
              STRING,
              UserPoolClient.Builder::clientSecret,
              UserPoolClient::clientSecret)
          .required(
              "LastModifiedDate",
              DATE,
              UserPoolClient.Builder::lastModifiedDate,
              UserPoolClient::lastModifiedDate,
              WireDates::seconds)
          .required(
              "CreationDate",
              DATE,
              UserPoolClient.Builder::creationDate,
              UserPoolClient::creationDate,
              WireDates::seconds)
          .member(
              "RefreshTokenValidity",
              INTEGER,
              UserPoolClient.Builder::refreshTokenValidity,
              client -> Optional.of(client.refreshTokenValidity()))
          .member(
              "AccessTokenValidity",
              INTEGER,
              UserPoolClient.Builder::accessTokenValidity,
              UserPoolClient::accessTokenValidity)
          .member(
              "IdTokenValidity",
              INTEGER,
              UserPoolClient.Builder::idTokenValidity,
              UserPoolClient::idTokenValidity)
          .structure(
              "TokenValidityUnits",
              TOKEN_VALIDITY_UNITS,
              UserPoolClient.Builder::tokenValidityUnits,
              client -> Optional.of(client.tokenValidityUnits()))
          .member(
              "ReadAttributes",
              STRING_LIST,
              UserPoolClient.Builder::readAttributes,
              client -> nonEmpty(client.readAttributes()))
          .member(
              "WriteAttributes",
              STRING_LIST,
              UserPoolClient.Builder::writeAttributes,
              client -> nonEmpty(client.writeAttributes()))
          .member(
              "ExplicitAuthFlows",
              STRING_LIST,
              UserPoolClient.Builder::explicitAuthFlowsAsStrings,
              client -> nonEmpty(client.explicitAuthFlowsAsStrings()))
          .member(
              "SupportedIdentityProviders",
              STRING_LIST,
              UserPoolClient.Builder::supportedIdentityProviders,
              client -> nonEmpty(client.supportedIdentityProviders()))
          .member(
              "CallbackURLs",
              STRING_LIST,
              UserPoolClient.Builder::callbackURLs,
              client -> nonEmpty(client.callbackURLs()))
          .member(
              "LogoutURLs",
              STRING_LIST,
              UserPoolClient.Builder::logoutURLs,
              client -> nonEmpty(client.logoutURLs()))
          .member(
              "DefaultRedirectURI",
              STRING,
              UserPoolClient.Builder::defaultRedirectURI,
              UserPoolClient::defaultRedirectURI)
          .member(
              "AllowedOAuthFlows",
              STRING_LIST,
              UserPoolClient.Builder::allowedOAuthFlowsAsStrings,
              client -> nonEmpty(client.allowedOAuthFlowsAsStrings()))
          .member(
              "AllowedOAuthScopes",
              STRING_LIST,
              UserPoolClient.Builder::allowedOAuthScopes,
              client -> nonEmpty(client.allowedOAuthScopes()))
          .member(
              "AllowedOAuthFlowsUserPoolClient",
              BOOLEAN,
              UserPoolClient.Builder::allowedOAuthFlowsUserPoolClient,
              client -> Optional.of(client.allowedOAuthFlowsUserPoolClient()))
          .structure(
              "AnalyticsConfiguration",
              ANALYTICS_CONFIGURATION,
              UserPoolClient.Builder::analyticsConfiguration,
              UserPoolClient::analyticsConfiguration)
          .member(
              "PreventUserExistenceErrors",
              STRING,
              UserPoolClient.Builder::preventUserExistenceErrorsAsString,
              UserPoolClient::preventUserExistenceErrorsAsString)
          .member(
              "EnableTokenRevocation",
              BOOLEAN,
              UserPoolClient.Builder::enableTokenRevocation,
              client -> Optional.of(client.enableTokenRevocation()))
          .member(
              "EnablePropagateAdditionalUserContextData",
              BOOLEAN,
              UserPoolClient.Builder::enablePropagateAdditionalUserContextData,
              client -> Optional.of(client.enablePropagateAdditionalUserContextData()))
          .member(
              "AuthSessionValidity",
              INTEGER,
              UserPoolClient.Builder::authSessionValidity,
              client -> Optional.of(client.authSessionValidity()))
          .structure(
              "RefreshTokenRotation",
              REFRESH_TOKEN_ROTATION,
              UserPoolClient.Builder::refreshTokenRotation,
              client -> Optional.of(client.refreshTokenRotation()))
          .build();

  /** The defaults of the members every record has (RESP-02), for records read from JSON. */
  private static UserPoolClient.Builder clientWithDefaults() {
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

  private static Optional<ImmutableList<String>> nonEmpty(ImmutableList<String> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list);
  }

  /** The runs of the settings members, which the two requests interleave with their own. */
  private enum Segment {
    POOL,
    POOL_AND_NAME,
    NAME_AND_REST,
    REST
  }

  /**
   * Adds a run of the settings members, declared here once for Create and Update: their setters are
   * those of {@link UserPoolClientSettings.Builder}, which both request builders implement, their
   * getters those of {@link UserPoolClientSettings}.
   */
  private static <B extends UserPoolClientSettings.Builder<B>, V extends UserPoolClientSettings>
      TableBuilder<B, V> settings(TableBuilder<B, V> table, Segment segment) {
    if (segment == Segment.POOL || segment == Segment.POOL_AND_NAME) {
      table.member(
          "UserPoolId", STRING, (b, v) -> b.userPoolId(v), UserPoolClientSettings::userPoolId);
    }
    if (segment == Segment.POOL_AND_NAME || segment == Segment.NAME_AND_REST) {
      table.member(
          "ClientName", STRING, (b, v) -> b.clientName(v), UserPoolClientSettings::clientName);
    }
    if (segment == Segment.REST || segment == Segment.NAME_AND_REST) {
      table
          .member(
              "RefreshTokenValidity",
              INTEGER,
              (b, v) -> b.refreshTokenValidity(v),
              UserPoolClientSettings::refreshTokenValidity)
          .member(
              "AccessTokenValidity",
              INTEGER,
              (b, v) -> b.accessTokenValidity(v),
              UserPoolClientSettings::accessTokenValidity)
          .member(
              "IdTokenValidity",
              INTEGER,
              (b, v) -> b.idTokenValidity(v),
              UserPoolClientSettings::idTokenValidity)
          .structure(
              "TokenValidityUnits",
              TOKEN_VALIDITY_UNITS,
              (b, v) -> b.tokenValidityUnits(v),
              UserPoolClientSettings::tokenValidityUnits)
          .member(
              "ReadAttributes",
              STRING_LIST,
              (b, v) -> b.readAttributes(v),
              UserPoolClientSettings::readAttributes)
          .member(
              "WriteAttributes",
              STRING_LIST,
              (b, v) -> b.writeAttributes(v),
              UserPoolClientSettings::writeAttributes)
          .member(
              "ExplicitAuthFlows",
              STRING_LIST,
              (b, v) -> b.explicitAuthFlowsAsStrings(v),
              UserPoolClientSettings::explicitAuthFlowsAsStrings)
          .member(
              "SupportedIdentityProviders",
              STRING_LIST,
              (b, v) -> b.supportedIdentityProviders(v),
              UserPoolClientSettings::supportedIdentityProviders)
          .member(
              "CallbackURLs",
              STRING_LIST,
              (b, v) -> b.callbackURLs(v),
              UserPoolClientSettings::callbackURLs)
          .member(
              "LogoutURLs",
              STRING_LIST,
              (b, v) -> b.logoutURLs(v),
              UserPoolClientSettings::logoutURLs)
          .member(
              "DefaultRedirectURI",
              STRING,
              (b, v) -> b.defaultRedirectURI(v),
              UserPoolClientSettings::defaultRedirectURI)
          .member(
              "AllowedOAuthFlows",
              STRING_LIST,
              (b, v) -> b.allowedOAuthFlowsAsStrings(v),
              UserPoolClientSettings::allowedOAuthFlowsAsStrings)
          .member(
              "AllowedOAuthScopes",
              STRING_LIST,
              (b, v) -> b.allowedOAuthScopes(v),
              UserPoolClientSettings::allowedOAuthScopes)
          .member(
              "AllowedOAuthFlowsUserPoolClient",
              BOOLEAN,
              (b, v) -> b.allowedOAuthFlowsUserPoolClient(v),
              UserPoolClientSettings::allowedOAuthFlowsUserPoolClient)
          .member(
              "EnableTokenRevocation",
              BOOLEAN,
              (b, v) -> b.enableTokenRevocation(v),
              UserPoolClientSettings::enableTokenRevocation)
          .member(
              "EnablePropagateAdditionalUserContextData",
              BOOLEAN,
              (b, v) -> b.enablePropagateAdditionalUserContextData(v),
              UserPoolClientSettings::enablePropagateAdditionalUserContextData)
          .structure(
              "AnalyticsConfiguration",
              ANALYTICS_CONFIGURATION,
              (b, v) -> b.analyticsConfiguration(v),
              UserPoolClientSettings::analyticsConfiguration)
          .member(
              "PreventUserExistenceErrors",
              STRING,
              (b, v) -> b.preventUserExistenceErrorsAsString(v),
              UserPoolClientSettings::preventUserExistenceErrorsAsString)
          .member(
              "AuthSessionValidity",
              INTEGER,
              (b, v) -> b.authSessionValidity(v),
              UserPoolClientSettings::authSessionValidity)
          .structure(
              "RefreshTokenRotation",
              REFRESH_TOKEN_ROTATION,
              (b, v) -> b.refreshTokenRotation(v),
              UserPoolClientSettings::refreshTokenRotation);
    }
    return table;
  }
}
