package io.github.poolclient.rules.model;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.ErrorType;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Stage;
import io.github.poolclient.error.Violation;
import io.github.poolclient.rules.ModelRule;
import java.util.Optional;

/**
 * Checks the members of one M-table row: every broken constraint of every member is one {@code
 * InvalidParameterException} item (V-01, V-03, V-11), reported under the row's id with the member
 * path as the field. Stateless and thread-safe.
 */
final class ModelConstraintRule<R> implements ModelRule<R> {
  private final RuleDescriptor descriptor;
  private final ImmutableList<Member<R, ?>> members;

  private ModelConstraintRule(RuleDescriptor descriptor, ImmutableList<Member<R, ?>> members) {
    this.descriptor = descriptor;
    this.members = members;
  }

  /** Returns the rule of M-row {@code id}, checking {@code members} in the given order. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <R> ModelConstraintRule<R> of(String id, String summary, Member<R, ?>... members) {
    return of(id, summary, "", members);
  }

  /**
   * Returns the rule of M-row {@code id} in the {@code variant} that tells it apart from another
   * rule of the same row (M-02 is required on Create, optional on Update).
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <R> ModelConstraintRule<R> of(
      String id, String summary, String variant, Member<R, ?>... members) {
    return new ModelConstraintRule<>(
        RuleDescriptor.of(id, Stage.MODEL, ErrorType.INVALID_PARAMETER, summary)
            .withVariant(variant),
        ImmutableList.copyOf(members));
  }

  /** Returns the row's descriptor. */
  @Override
  public ImmutableList<RuleDescriptor> descriptors() {
    return ImmutableList.of(descriptor);
  }

  /** Returns one violation per broken constraint, member by member, in catalogue 12.1 order. */
  @Override
  public ImmutableList<Violation> check(R request) {
    ImmutableList.Builder<Violation> out = null; // most requests pass: no builder for them
    for (int i = 0; i < members.size(); i++) { // indexed: no iterator per row and request
      Member<R, ?> member = members.get(i);
      ImmutableList<String> items = member.items(request);
      if (!items.isEmpty()) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        Optional<String> value = member.valueText(request);
        for (String item : items) {
          out.add(descriptor.violation(member.path(), item, value));
        }
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  /** Returns the paths of the members this row checks, in order. */
  ImmutableList<String> paths() {
    ImmutableList.Builder<String> paths = ImmutableList.builder();
    for (Member<R, ?> member : members) {
      paths.add(member.path());
    }
    return paths.build();
  }

  /** Returns the row id, for test output. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
