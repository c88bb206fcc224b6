package io.github.poolclient.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/** Turns typed enum constants into the wire strings that the requests store. */
final class Enums {
  private Enums() {}

  /** Returns the wire value ({@code toString()}) of each constant, in order; rejects nulls. */
  static ImmutableList<String> wireValues(Collection<? extends Enum<?>> constants) {
    ImmutableList.Builder<String> values = ImmutableList.builder();
    for (Enum<?> constant : checkNotNull(constants, "constants")) {
      values.add(checkNotNull(constant, "constant").toString());
    }
    return values.build();
  }
}
