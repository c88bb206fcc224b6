package io.github.poolclient.rules;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.error.RuleDescriptor;

/**
 * Names the catalogue rules that one link of the chain checks.
 *
 * <p>Most links check one rule; a tight family whose evaluation interleaves several ids (the URL
 * rules check each entry for URL-06, URL-04 and URL-02 in turn) declares them all, in order.
 */
public interface Rule {

  /** Returns the descriptors of the rules this link checks, in evaluation order. */
  ImmutableList<RuleDescriptor> descriptors();
}
