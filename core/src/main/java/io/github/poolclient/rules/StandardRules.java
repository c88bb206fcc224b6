package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;

/** Lists the rules of the standard chain in catalogue 12.1 order. */
final class StandardRules {
  private StandardRules() {}

  /** Returns the model constraint rules, in M-table order. */
  static ImmutableList<ModelRule> modelRules() {
    return ImmutableList.of();
  }

  /** Returns the business rules, in catalogue 12.1 step 4 order. */
  static ImmutableList<SemanticRule> semanticRules() {
    return ImmutableList.of();
  }
}
