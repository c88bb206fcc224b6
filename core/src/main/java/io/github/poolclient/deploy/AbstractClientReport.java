package io.github.poolclient.deploy;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.Stage;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.rules.Messages;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Holds what poolclient found for one app client of a deploy definition: its violations in the
 * definition's terms, the rules it could not check, and the problems of the definition itself.
 */
@Value.Immutable
public abstract class AbstractClientReport {
  AbstractClientReport() {}

  /** Returns the client's logical id (CloudFormation) or resource address (Terraform). */
  public abstract String resource();

  /**
   * Returns the {@code CreateUserPoolClient} request the client's known properties mean. Values
   * known only at deploy time are left out; a pool id the definition creates and a client name it
   * leaves to CloudFormation are placeholders.
   */
  public abstract CreateUserPoolClientRequest request();

  /** Returns the violations, in Cognito's evaluation order. */
  public abstract ImmutableList<DeployViolation> violations();

  /** Returns the values known only at deploy time and the rules left unchecked because of them. */
  public abstract ImmutableList<NotChecked> notChecked();

  /** Returns the problems of the client's resource definition (wrong types, broken references). */
  public abstract ImmutableList<DefinitionProblem> problems();

  /** Returns whether the deploy of the client would fail. */
  public final Verdict verdict() {
    return violations().isEmpty() && problems().isEmpty() ? Verdict.ACCEPT : Verdict.REJECT;
  }

  /**
   * Returns the error type of the deploy error Cognito would return: {@code
   * InvalidParameterException} when a model constraint fails, else the first violation's type.
   */
  public final Optional<ErrorType> errorType() {
    if (violations().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        modelItems().isEmpty() ? violations().get(0).errorType() : ErrorType.INVALID_PARAMETER);
  }

  /**
   * Returns the message of the deploy error Cognito would return: every model constraint item in
   * one {@code N validation errors detected: ...} message, else the first violation's message.
   */
  public final Optional<String> errorMessage() {
    if (violations().isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<String> items = modelItems();
    if (items.isEmpty()) {
      return Optional.of(violations().get(0).message());
    }
    return Optional.of(
        Messages.validationErrorsPrefix(items.size())
            + items.stream().collect(Collectors.joining("; ")));
  }

  /** Returns the model constraint items among the violations, in order. */
  public final ImmutableList<String> modelItems() {
    return violations().stream()
        .filter(v -> v.violation().stage() == Stage.MODEL)
        .map(DeployViolation::message)
        .collect(ImmutableList.toImmutableList());
  }
}
