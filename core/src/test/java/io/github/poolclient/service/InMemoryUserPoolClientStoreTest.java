package io.github.poolclient.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.Fixtures;
import io.github.poolclient.model.UserPoolClient;
import org.junit.jupiter.api.Test;

final class InMemoryUserPoolClientStoreTest {

  private static final String OTHER_POOL = "us-east-1_Other0001";
  private static final String SECRET = "s3cr3tS3cr3tS3cr3tS3cr3t42";

  private final UserPoolClient web = Fixtures.client().build();
  private final UserPoolClient admin =
      Fixtures.client().clientId("25oa5u3vup2jmhl270e7shudkl").clientName("admin").build();

  @Test
  void newStoreHoldsNothing() {
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.create();

    assertThat(store.count(Fixtures.POOL_ID)).isZero();
    assertThat(store.list(Fixtures.POOL_ID)).isEmpty();
    assertThat(store.find(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).isEmpty();
    assertThat(store.remove(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).isFalse();
  }

  @Test
  void findsAClientByPoolAndIdTogether() {
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.of(ImmutableList.of(web));

    assertThat(store.find(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).contains(web);
    assertThat(store.find(OTHER_POOL, Fixtures.CLIENT_ID)).isEmpty();
    assertThat(store.count(OTHER_POOL)).isZero();
  }

  @Test
  void putReplacesTheClientWithTheSameIds() {
    InMemoryUserPoolClientStore store = InMemoryUserPoolClientStore.of(ImmutableList.of(web));
    UserPoolClient renamed = web.withClientName("renamed");

    store.put(renamed);

    assertThat(store.count(Fixtures.POOL_ID)).isEqualTo(1);
    assertThat(store.find(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).contains(renamed);
  }

  @Test
  void listsAPoolsClientsInTheOrderTheyWereFirstPut() {
    InMemoryUserPoolClientStore store =
        InMemoryUserPoolClientStore.of(
            ImmutableList.of(web, admin, web.withUserPoolId(OTHER_POOL)));

    assertThat(store.list(Fixtures.POOL_ID)).containsExactly(web, admin);
    assertThat(store.list(OTHER_POOL)).containsExactly(web.withUserPoolId(OTHER_POOL));
    assertThat(store.count(Fixtures.POOL_ID)).isEqualTo(2);
  }

  @Test
  void removeDeletesOnlyThatClient() {
    InMemoryUserPoolClientStore store =
        InMemoryUserPoolClientStore.of(ImmutableList.of(web, admin));

    assertThat(store.remove(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).isTrue();
    assertThat(store.remove(Fixtures.POOL_ID, Fixtures.CLIENT_ID)).isFalse();
    assertThat(store.list(Fixtures.POOL_ID)).containsExactly(admin);
  }

  @Test
  void toStringCountsClientsAndNeverShowsThem() {
    InMemoryUserPoolClientStore store =
        InMemoryUserPoolClientStore.of(ImmutableList.of(web.withClientSecret(SECRET), admin));

    assertThat(store).hasToString("InMemoryUserPoolClientStore{pools=1, clients=2}");
    assertThat(store.toString()).doesNotContain(SECRET);
  }
}
