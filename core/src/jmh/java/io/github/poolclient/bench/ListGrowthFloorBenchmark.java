package io.github.poolclient.bench;

import com.google.common.collect.ImmutableList;
import io.github.poolclient.model.CreateUserPoolClientRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor of {@link ListGrowthBenchmark}: the essential work of validating one long list member,
 * by hand, for the same requests. Per entry: the length and character checks, a hash-set insert to
 * report each distinct value once, a hash-set lookup of the value in what the pool or the model
 * allows, {@code java.net.URI} on each URL, and for each bad entry an indexed path, a message and a
 * small record kept in the answer; when the list is longer than the model allows, its text in one
 * message.
 *
 * <p>Its growth from 1,000 to 100,000 entries is what a plainly linear pass costs on this machine,
 * caches and collector included: {@link BenchmarkTable} prints it next to poolclient's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListGrowthFloorBenchmark {

  /** The list member that is scaled, as in {@link ListGrowthBenchmark}. */
  @Param({
    "ReadAttributes",
    "WriteAttributes",
    "ExplicitAuthFlows",
    "SupportedIdentityProviders",
    "CallbackURLs",
    "LogoutURLs",
    "AllowedOAuthFlows",
    "AllowedOAuthScopes"
  })
  public String member = "ReadAttributes";

  /** How many entries the member holds. */
  @Param({"1000", "100000"})
  public int size = 1000;

  /** One problem found, as the answer keeps it. */
  record Problem(String path, String message, String value) {}

  private final Set<String> poolScopes = new HashSet<>();

  private ImmutableList<String> entries = ImmutableList.of();

  /** Takes the same list as {@link ListGrowthBenchmark} and the full pool's scopes. */
  @Setup
  public void scale() {
    CreateUserPoolClientRequest request = ListGrowthBenchmark.scaled(member, size);
    entries =
        switch (member) {
          case "ReadAttributes" -> request.readAttributes().orElseThrow();
          case "WriteAttributes" -> request.writeAttributes().orElseThrow();
          case "ExplicitAuthFlows" -> request.explicitAuthFlowsAsStrings().orElseThrow();
          case "SupportedIdentityProviders" -> request.supportedIdentityProviders().orElseThrow();
          case "CallbackURLs" -> request.callbackURLs().orElseThrow();
          case "LogoutURLs" -> request.logoutURLs().orElseThrow();
          case "AllowedOAuthFlows" -> request.allowedOAuthFlowsAsStrings().orElseThrow();
          default -> request.allowedOAuthScopes().orElseThrow();
        };
    HostileInputBenchmark.fullPool()
        .resourceServers()
        .forEach(
            server ->
                server
                    .scopeNames()
                    .forEach(name -> poolScopes.add(server.identifier() + "/" + name)));
  }

  /** Validates the list by hand. */
  @Benchmark
  public List<Problem> validate() {
    return switch (member) {
      case "ReadAttributes", "WriteAttributes", "SupportedIdentityProviders" ->
          check(member, entries, Floor.STANDARD_ATTRIBUTES, false, Integer.MAX_VALUE);
      case "ExplicitAuthFlows" ->
          check(member, entries, Floor.AUTH_FLOWS, false, Integer.MAX_VALUE);
      case "CallbackURLs", "LogoutURLs" -> check(member, entries, Set.of(), true, 100);
      case "AllowedOAuthFlows" -> check(member, entries, Floor.OAUTH_FLOWS, false, 3);
      default -> check(member, entries, poolScopes, false, 50);
    };
  }

  private static List<Problem> check(
      String member, List<String> entries, Set<String> allowed, boolean urls, int maxSize) {
    List<Problem> out = new ArrayList<>();
    if (entries.size() > maxSize) {
      out.add(new Problem(member, "Value '" + entries + "' at '" + member + "' failed", ""));
    }
    Set<String> seen = new HashSet<>(2 * entries.size()); // sized once, as poolclient does
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      if (!printable(entry) || !seen.add(entry)) {
        continue;
      }
      boolean bad;
      if (urls) {
        bad = !isAbsolute(entry);
      } else {
        bad = !allowed.contains(entry);
      }
      if (bad) {
        out.add(new Problem(member + "[" + i + "]", "Invalid " + member + ": " + entry, entry));
      }
    }
    return out;
  }

  private static boolean printable(String entry) {
    if (entry.isEmpty() || entry.length() > 2048) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      if (Character.isWhitespace(entry.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbsolute(String url) {
    try {
      return new URI(url).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
