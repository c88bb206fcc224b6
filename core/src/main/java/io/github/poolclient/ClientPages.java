package io.github.poolclient;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.model.ListUserPoolClientsRequest;
import io.github.poolclient.model.ListUserPoolClientsResponse;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.model.UserPoolClientDescription;
import io.github.poolclient.pool.UserPoolClientLookup;
import io.github.poolclient.rules.Messages;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pages {@code ListUserPoolClients} answers (catalogue 12.7, 12.8, ours): clients oldest first by
 * {@code CreationDate}, then {@code ClientId}; a page holds {@code MaxResults} entries (60 when
 * absent); the {@code NextToken} names the pool and the last client of the page, so it is stateless
 * and survives deletes between pages. A token that does not decode, or names another pool, is
 * {@code Invalid pagination token.}.
 */
final class ClientPages {
  private ClientPages() {}

  /** MaxResults when absent (catalogue 12.7, ours). */
  static final int DEFAULT_MAX_RESULTS = 60;

  private static final String VERSION = "v1";
  private static final char SEPARATOR = '\n';
  private static final BaseEncoding TOKEN_ENCODING = BaseEncoding.base64Url().omitPadding();

  private static final Comparator<UserPoolClient> OLDEST_FIRST =
      Comparator.comparing(UserPoolClient::creationDate).thenComparing(UserPoolClient::clientId);

  /** Returns the page the request asks for; the request passed its model constraints. */
  static ListUserPoolClientsResponse page(
      ListUserPoolClientsRequest request, String userPoolId, UserPoolClientLookup clients) {
    Optional<Position> after = request.nextToken().map(token -> decode(token, userPoolId));
    List<UserPoolClient> ordered =
        clients.list(userPoolId).stream()
            .filter(client -> client.userPoolId().equals(userPoolId))
            .filter(client -> after.map(position -> position.isBefore(client)).orElse(true))
            .sorted(OLDEST_FIRST)
            .collect(ImmutableList.toImmutableList());
    int size = Math.min(request.maxResults().orElse(DEFAULT_MAX_RESULTS), ordered.size());
    List<UserPoolClient> page = ordered.subList(0, size);
    ListUserPoolClientsResponse.Builder answer = ListUserPoolClientsResponse.builder();
    page.forEach(client -> answer.addUserPoolClients(UserPoolClientDescription.of(client)));
    if (size < ordered.size()) {
      answer.nextToken(encode(userPoolId, page.get(size - 1)));
    }
    return answer.build();
  }

  private static String encode(String userPoolId, UserPoolClient last) {
    Instant created = last.creationDate();
    String plain =
        VERSION
            + SEPARATOR
            + userPoolId
            + SEPARATOR
            + created.getEpochSecond()
            + SEPARATOR
            + created.getNano()
            + SEPARATOR
            + last.clientId();
    return TOKEN_ENCODING.encode(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static Position decode(String token, String userPoolId) {
    try {
      String plain = new String(TOKEN_ENCODING.decode(token), StandardCharsets.UTF_8);
      List<String> parts = Splitter.on(SEPARATOR).splitToList(plain);
      if (parts.size() == 5 && parts.get(0).equals(VERSION) && parts.get(1).equals(userPoolId)) {
        return new Position(
            Instant.ofEpochSecond(Long.parseLong(parts.get(2)), Long.parseLong(parts.get(3))),
            parts.get(4));
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      // not base64url, not numbers, or not an instant: not a token of ours
      // fall through
    }
    throw new CognitoException(ErrorType.INVALID_PARAMETER, Messages.INVALID_PAGINATION_TOKEN);
  }

  /** The last client of the previous page. */
  private record Position(Instant creationDate, String clientId) {
    boolean isBefore(UserPoolClient client) {
      int byDate = client.creationDate().compareTo(creationDate);
      return byDate > 0 || (byDate == 0 && client.clientId().compareTo(clientId) > 0);
    }
  }
}
