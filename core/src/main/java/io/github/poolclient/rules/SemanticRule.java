package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.poolclient.error.RuleDescriptor;
import io.github.poolclient.error.Violation;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import io.github.poolclient.pool.UserPoolContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a business rule of a client configuration in an existing pool (catalogue sections 2-9),
 * for Create and Update alike.
 *
 * <p>A subclass says only what is particular to it: its descriptor(s), passed to the constructor,
 * its javadoc and its {@link #check}. A rule may see a request that also breaks model constraints
 * (validation reports every problem): it must then ignore the values it cannot judge, such as
 * unknown enum strings or numbers outside their model range, and never throw.
 */
public abstract class SemanticRule implements Rule {
  private final ImmutableList<RuleDescriptor> descriptors;

  /** Declares the rules this link checks, in evaluation order. */
  protected SemanticRule(RuleDescriptor first, RuleDescriptor... rest) {
    this.descriptors = ImmutableList.<RuleDescriptor>builder().add(first).add(rest).build();
  }

  @Override
  public final ImmutableList<RuleDescriptor> descriptors() {
    return descriptors;
  }

  /** Returns the first (usually the only) descriptor of this link. */
  protected final RuleDescriptor descriptor() {
    return descriptors.get(0);
  }

  /**
   * Returns whether this rule runs for the operation; most do for both (catalogue 12.6 step 5 names
   * the Create-only ones).
   */
  public boolean appliesTo(Operation operation) {
    return true;
  }

  /** Returns every violation of this rule, most relevant first; empty when the client passes. */
  public abstract ImmutableList<Violation> check(Candidate candidate);

  /**
   * Returns one violation of this link's rule per distinct entry of a list member that {@code
   * passes} rejects, in request order, each at the entry's first index ({@code <field>[<i>]}) with
   * the entry as its value. An absent list has no entries.
   */
  protected final ImmutableList<Violation> eachDistinctEntry(
      String field,
      Optional<ImmutableList<String>> list,
      Predicate<String> passes,
      Function<String, String> message) {
    ImmutableList<String> entries = list.orElse(ImmutableList.of());
    if (allPass(entries, passes)) {
      return ImmutableList.of(); // the usual case, without the bookkeeping below
    }
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    Set<String> seen = Sets.newHashSetWithExpectedSize(entries.size()); // no rehash on the way
    for (int index = 0; index < entries.size(); index++) {
      String entry = entries.get(index);
      if (seen.add(entry) && !passes.test(entry)) {
        out.add(descriptor().violationAt(field, index, entry, message.apply(entry)));
      }
    }
    return out.build();
  }

  private static boolean allPass(ImmutableList<String> entries, Predicate<String> passes) {
    for (int i = 0; i < entries.size(); i++) { // indexed: no iterator on the hot path
      if (!passes.test(entries.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns every violation of this rule for a Create request in {@code pool}. */
  public final ImmutableList<Violation> check(
      CreateUserPoolClientRequest request, UserPoolContext pool) {
    return check(Candidate.create(request, pool));
  }
}
