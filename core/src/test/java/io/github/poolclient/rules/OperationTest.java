package io.github.poolclient.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The operation's verb and the attribute messages built from it (ATTR-02..04, 12.2). */
final class OperationTest {

  @Test
  void gerundsAreTheVerbsCognitoPrints() {
    assertThat(Operation.CREATE.gerund()).isEqualTo("creating");
    assertThat(Operation.UPDATE.gerund()).isEqualTo("updating");
  }

  @Test
  void attributeMessagesNameTheOperation() {
    assertThat(Messages.invalidReadAttributes(Operation.CREATE))
        .isEqualTo("Invalid read attributes specified while creating a client")
        .isSameAs(Messages.INVALID_READ_ATTRIBUTES);
    assertThat(Messages.invalidReadAttributes(Operation.UPDATE))
        .isEqualTo("Invalid read attributes specified while updating a client");
    assertThat(Messages.invalidWriteAttributes(Operation.CREATE))
        .isEqualTo("Invalid write attributes specified while creating a client")
        .isSameAs(Messages.INVALID_WRITE_ATTRIBUTES);
    assertThat(Messages.invalidWriteAttributes(Operation.UPDATE))
        .isEqualTo("Invalid write attributes specified while updating a client");
  }
}
