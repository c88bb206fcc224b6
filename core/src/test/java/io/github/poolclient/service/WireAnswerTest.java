package io.github.poolclient.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.poolclient.error.CognitoException;
import io.github.poolclient.error.ErrorType;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class WireAnswerTest {

  @Test
  void errorAnswerCarriesTheStatusAndBodyOfItsErrorType() {
    WireAnswer answer =
        WireAnswer.error(new CognitoException(ErrorType.INTERNAL_ERROR, "Internal error (X)."));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.isOk()).isFalse();
    assertThat(answer.body())
        .containsExactly(
            Map.entry("__type", "InternalErrorException"),
            Map.entry("message", "Internal error (X)."));
  }

  @Test
  void answersAreEqualByStatusAndBody() {
    new EqualsTester()
        .addEqualityGroup(WireAnswer.ok(ImmutableMap.of()), WireAnswer.of(200, ImmutableMap.of()))
        .addEqualityGroup(WireAnswer.of(201, ImmutableMap.of()))
        .addEqualityGroup(WireAnswer.ok(ImmutableMap.of("NextToken", "t")))
        .testEquals();
  }

  @Test
  void rejectsAStatusThatIsNotHttp() {
    assertThatThrownBy(() -> WireAnswer.of(42, ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status 42 is not an HTTP status");
  }
}
