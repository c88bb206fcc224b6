package io.github.poolclient.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks of this package with {@code -prof gc} and prints one Markdown table: µs/op,
 * B/op, and the ratios (time and bytes) of each poolclient benchmark to its floor ({@link
 * FloorBenchmark}, same method name) or, for {@link ListGrowthBenchmark} and its floor {@link
 * ListGrowthFloorBenchmark}, of 100,000 entries to 1,000.
 *
 * <p>Run by {@code mvn -B -ntp -Pbench verify}. System properties: {@code bench.include} (a regex
 * of benchmarks, default all of this package), {@code bench.forks} (1), {@code bench.warmups} (3),
 * {@code bench.iterations} (5), {@code bench.seconds} (1, per iteration).
 */
public final class BenchmarkTable {
  private BenchmarkTable() {}

  private static final String PACKAGE = BenchmarkTable.class.getPackageName() + ".";

  /** The goals of issue 9 per benchmark, as printed in the table. */
  private static final Map<String, String> GOALS =
      Map.of(
          "CreateUserPoolClientBenchmark.webWireRoundTrip", "≤ 2× floor, ≤ 12 KB",
          "CreateUserPoolClientBenchmark.webCreate", "≤ 6 KB",
          "CreateUserPoolClientBenchmark.minimalCreate", "≤ 2× floor",
          "CreateUserPoolClientBenchmark.maximalWireRoundTrip", "≤ 2× floor",
          "HostileInputBenchmark.validateManyScopes", "≤ 50 ms",
          "HostileInputBenchmark.createManyScopes", "≤ 50 ms",
          "HostileInputBenchmark.readMillionDigitNumber", "≤ 5 ms",
          "ListGrowthBenchmark.validate", "linear: ≤ 1.25 × the floor's growth");

  /** Runs the benchmarks and prints the table. */
  public static void main(String[] args) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(System.getProperty("bench.include", PACKAGE.replace(".", "\\.") + ".*"))
            .forks(Integer.getInteger("bench.forks", 1))
            .warmupIterations(Integer.getInteger("bench.warmups", 3))
            .measurementIterations(Integer.getInteger("bench.iterations", 5))
            .warmupTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 1)))
            .measurementTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 1)))
            .addProfiler("gc");
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.print(table(results));
  }

  /** One measured row. */
  private record Row(String name, String params, double micros, double error, double bytes) {}

  static String table(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark().replace(PACKAGE, "");
      StringBuilder params = new StringBuilder();
      for (String key : result.getParams().getParamsKeys()) {
        params.append(params.length() == 0 ? "" : ", ").append(result.getParams().getParam(key));
      }
      double bytes = Double.NaN;
      for (String key : result.getSecondaryResults().keySet()) {
        if (key.endsWith("gc.alloc.rate.norm")) {
          bytes = result.getSecondaryResults().get(key).getScore();
        }
      }
      double score = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      rows.add(new Row(name, params.toString(), score, error, bytes));
    }
    Map<String, Row> byKey = new HashMap<>();
    rows.forEach(row -> byKey.put(row.name() + "|" + row.params(), row));

    StringBuilder table = new StringBuilder();
    table.append("| benchmark | µs/op | B/op | reference | time ratio | B ratio | goal |\n");
    table.append("|---|---:|---:|---|---:|---:|---|\n");
    for (Row row : rows) {
      Optional<Row> reference = reference(row, byKey);
      boolean hasGoal =
          !row.name().startsWith("Floor")
              && !row.name().startsWith("ListGrowthFloor")
              && !row.params().endsWith(", 1000");
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s ± %s | %s | %s | %s | %s | %s |%n",
              row.params().isEmpty() ? row.name() : row.name() + " (" + row.params() + ")",
              number(row.micros()),
              number(row.error()),
              number(row.bytes()),
              reference
                  .map(r -> number(r.micros()) + " µs, " + number(r.bytes()) + " B")
                  .orElse(""),
              reference.map(r -> ratio(row.micros(), r.micros())).orElse(""),
              reference.map(r -> ratio(row.bytes(), r.bytes())).orElse(""),
              hasGoal ? GOALS.getOrDefault(row.name(), "") + floorGrowth(row, byKey) : ""));
    }
    return table.toString();
  }

  /** Returns the row a row is compared with: its floor, or its 1,000-entry twin. */
  private static Optional<Row> reference(Row row, Map<String, Row> byKey) {
    if (row.name().startsWith("CreateUserPoolClientBenchmark.")) {
      return Optional.ofNullable(
          byKey.get(row.name().replace("CreateUserPoolClientBenchmark.", "FloorBenchmark.") + "|"));
    }
    if (row.name().startsWith("ListGrowth") && row.params().endsWith(", 100000")) {
      return Optional.ofNullable(
          byKey.get(row.name() + "|" + row.params().replace(", 100000", ", 1000")));
    }
    return Optional.empty();
  }

  /**
   * Returns, for a 100,000-entry list-growth row, the growth of its hand-written floor in the same
   * run (what a plainly linear pass costs on this machine, caches and collector included) and the
   * row's growth as a multiple of it.
   */
  private static String floorGrowth(Row row, Map<String, Row> byKey) {
    if (!row.name().startsWith("ListGrowthBenchmark.")) {
      return "";
    }
    Row floor =
        byKey.get(
            row.name().replace("ListGrowthBenchmark", "ListGrowthFloorBenchmark")
                + "|"
                + row.params());
    if (floor == null) {
      return "";
    }
    Optional<Row> ours = reference(row, byKey);
    Optional<Row> floors = reference(floor, byKey);
    if (ours.isEmpty() || floors.isEmpty()) {
      return "";
    }
    double growth = row.micros() / ours.get().micros();
    double floorGrowth = floor.micros() / floors.get().micros();
    return String.format(
        Locale.ROOT,
        "; floor's growth here %.1f×, so %.2f × it",
        floorGrowth,
        growth / floorGrowth);
  }

  private static String ratio(double value, double reference) {
    return String.format(Locale.ROOT, "%.1f×", value / reference);
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
