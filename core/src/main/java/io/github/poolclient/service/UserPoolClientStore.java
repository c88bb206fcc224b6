package io.github.poolclient.service;

import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.pool.UserPoolClientLookup;

/**
 * Keeps the app clients that {@link UserPoolClientService} creates, replaces and deletes. An
 * emulator with its own persistence implements it; {@link InMemoryUserPoolClientStore} is the ready
 * one.
 *
 * <p>A client is identified by its {@code UserPoolId} and {@code ClientId} together. The service
 * serializes its own writes per pool (so that a pool's client count cannot change between the quota
 * check and the put), but an implementation must still be safe for concurrent use: reads of one
 * pool run alongside writes of another, and Describe and List read without the pool's lock.
 */
public interface UserPoolClientStore extends UserPoolClientLookup {

  /** Returns how many clients this pool has (0 for a pool without clients or unknown to it). */
  int count(String userPoolId);

  /** Stores the client, replacing the one with the same pool and client id if there is one. */
  void put(UserPoolClient client);

  /** Removes the client with this id from this pool; returns whether there was one. */
  boolean remove(String userPoolId, String clientId);
}
