package io.github.poolclient.deploy;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Stands for a value of a deploy definition that is known only at deploy time (an {@code
 * Fn::GetAtt}, an {@code Fn::ImportValue}, a parameter without a default, a Terraform value "known
 * after apply"), with the reason a reader can show.
 */
final class Unknown {
  private final String reason;

  Unknown(String reason) {
    this.reason = checkNotNull(reason, "reason");
  }

  /** Returns why the value is unknown, e.g. {@code Fn::GetAtt Api.Url is known only at deploy}. */
  String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "Unknown(" + reason + ")";
  }
}
