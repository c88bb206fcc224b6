package io.github.poolclient;

import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.RefreshTokenRotation;
import io.github.poolclient.model.TokenValidityUnits;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test fixtures: the conformance README's default pool and a minimal valid request. */
public final class Fixtures {
  private Fixtures() {}

  /** The default pool id of the conformance README. */
  public static final String POOL_ID = "us-east-1_Example01";

  /** The conformance runner's fixed instant, 2026-01-01T00:00:00Z. */
  public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** Returns a fixed clock at {@link #NOW}. */
  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** Returns a builder of the default pool (ESSENTIALS, no schema, 0 of 1000 clients). */
  public static UserPoolContext.Builder pool() {
    return UserPoolContext.builder().id(POOL_ID);
  }

  /** A well-formed client id (26 characters of {@code [0-9a-v]}). */
  public static final String CLIENT_ID = "4ssm8oh504j4q146ic4hogbo2s";

  /**
   * Returns a builder of the record Cognito returns for {@link #request()} (catalogue RESP-01 with
   * the 2025 rotation object), created at {@link #NOW} with {@link #CLIENT_ID}.
   */
  public static UserPoolClient.Builder client() {
    return UserPoolClient.builder()
        .userPoolId(POOL_ID)
        .clientName("web")
        .clientId(CLIENT_ID)
        .lastModifiedDate(NOW)
        .creationDate(NOW)
        .refreshTokenValidity(30)
        .tokenValidityUnits(TokenValidityUnits.builder().build())
        .allowedOAuthFlowsUserPoolClient(false)
        .enableTokenRevocation(true)
        .enablePropagateAdditionalUserContextData(false)
        .authSessionValidity(3)
        .refreshTokenRotation(
            RefreshTokenRotation.builder()
                .featureAsString("DISABLED")
                .retryGracePeriodSeconds(0)
                .build());
  }

  /** Returns a builder of a minimal valid request: {@code UserPoolId} and {@code ClientName}. */
  public static CreateUserPoolClientRequest.Builder request() {
    return CreateUserPoolClientRequest.builder().userPoolId(POOL_ID).clientName("web");
  }
}
