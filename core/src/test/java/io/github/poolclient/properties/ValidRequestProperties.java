package io.github.poolclient.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.Fixtures;
import io.github.poolclient.UserPoolClientFactory;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.model.UserPoolClient;
import io.github.poolclient.testing.ArbitraryBodies;
import io.github.poolclient.testing.ValidRequests;
import io.github.poolclient.wire.WireFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that every request of {@link ValidRequests} is accepted, and what the client echoes. */
final class ValidRequestProperties {

  private static final UserPoolClientFactory FACTORY =
      UserPoolClientFactory.builder()
          .clock(Fixtures.clock())
          .random(new SplittableRandom(1))
          .build();

  static LongStream seeds() {
    return Tries.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyValidRequestIsAccepted(long seed) {
    ValidRequests.Sample sample = ValidRequests.samples().next(new SplittableRandom(seed));
    CreateUserPoolClientRequest request = sample.request();

    assertThat(FACTORY.validate(request, sample.context())).as("seed %s", seed).isEmpty();
    UserPoolClient client = FACTORY.create(request, sample.context()).userPoolClient();

    assertThat(client.userPoolId())
        .as("seed %s", seed)
        .isEqualTo(request.userPoolId().orElseThrow());
    assertThat(client.clientName())
        .as("seed %s", seed)
        .isEqualTo(request.clientName().orElseThrow());
    assertThat(client.clientId()).as("seed %s", seed).matches("[0-9a-v]{26}");
    if (request.clientSecret().isPresent()) {
      assertThat(client.clientSecret()).as("seed %s", seed).isEqualTo(request.clientSecret());
    } else if (request.generateSecret().orElse(false)) {
      assertThat(client.clientSecret())
          .as("seed %s", seed)
          .hasValueSatisfying(s -> assertThat(s).matches("[0-9a-v]{52}"));
    } else {
      assertThat(client.clientSecret()).as("seed %s", seed).isEmpty();
    }
    for (List<String> list :
        List.of(
            client.readAttributes(),
            client.writeAttributes(),
            client.explicitAuthFlowsAsStrings(),
            client.supportedIdentityProviders(),
            client.callbackURLs(),
            client.logoutURLs(),
            client.allowedOAuthFlowsAsStrings(),
            client.allowedOAuthScopes())) {
      assertThat(list).as("seed %s: no duplicates in %s", seed, list).doesNotHaveDuplicates();
    }
    assertThat(ImmutableSet.copyOf(client.callbackURLs()))
        .as("seed %s", seed)
        .isEqualTo(ImmutableSet.copyOf(request.callbackURLs().orElse(ImmutableList.of())));
    assertThat(client.authSessionValidity()).as("seed %s", seed).isBetween(3, 15);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyValidRequestSurvivesTheWireBothWays(long seed) {
    CreateUserPoolClientRequest request =
        ValidRequests.samples().next(new SplittableRandom(seed)).request();

    assertThat(WireFormat.readCreateUserPoolClientRequest(ArbitraryBodies.toWire(request)))
        .as("seed %s: read(kit body)", seed)
        .isEqualTo(request);
    assertThat(WireFormat.write(request))
        .as("seed %s: write(request)", seed)
        .isEqualTo(ArbitraryBodies.toWire(request));
  }
}
