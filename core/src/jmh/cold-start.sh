#!/usr/bin/env bash
# Cold start of poolclient (issue 9, item 3): the median wall time of RUNS fresh JVMs that build
# the factory, read a pool and a body, create and write (ColdStart), against RUNS fresh JVMs that
# only load Guava (GuavaBaseline), and the difference (goal: at most 100 ms).
#
#   core/src/jmh/cold-start.sh              # builds the bench sources first (offline)
#   SKIP_BUILD=1 RUNS=20 core/src/jmh/cold-start.sh
#   MODE=default core/src/jmh/cold-start.sh # the default factory (its SecureRandom included)
#   VERBOSE_CLASS=1 core/src/jmh/cold-start.sh  # also lists the poolclient classes loaded
set -euo pipefail
cd "$(dirname "$0")/../.."   # core/
RUNS="${RUNS:-10}"
MODE="${MODE:-injected}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd .. && mvn -B -ntp -o -q -Pbench test-compile -Dspotless.check.skip >/dev/null)
fi
mvn -B -ntp -o -q dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/cold-start.classpath >/dev/null
CP="target/classes:target/test-classes:$(cat target/cold-start.classpath)"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

poolclient=(); baseline=()
for ((i = 0; i < RUNS; i++)); do
  # Alternate the two, so that a burst of load on the machine hits both alike.
  t0=$(now_ms); java -cp "$CP" io.github.poolclient.bench.GuavaBaseline >/dev/null; t1=$(now_ms)
  java -cp "$CP" io.github.poolclient.bench.ColdStart "$MODE" >> target/cold-start.log; t2=$(now_ms)
  baseline+=($((t1 - t0))); poolclient+=($((t2 - t1)))
done
b=$(printf '%s\n' "${baseline[@]}" | median)
p=$(printf '%s\n' "${poolclient[@]}" | median)
echo "cold start, median of $RUNS fresh JVMs (wall ms, java -cp, $(nproc) cores, mode $MODE):"
echo "  GuavaBaseline: $b ms   (runs: ${baseline[*]})"
echo "  ColdStart:     $p ms   (runs: ${poolclient[*]})"
echo "  difference:    $(awk "BEGIN { print $p - $b }") ms   (goal: at most 100 ms)"
echo "  ColdStart's own steps, last run (ms): $(tail -1 target/cold-start.log)"
if [[ "${VERBOSE_CLASS:-0}" == 1 ]]; then
  java -verbose:class -cp "$CP" io.github.poolclient.bench.ColdStart "$MODE" \
    | grep -o 'io\.github\.poolclient\.[A-Za-z0-9_.$]*' | sort -u > target/cold-start.classes
  echo "  poolclient classes loaded: $(grep -vc '\.bench\.' target/cold-start.classes)" \
    "(list in core/target/cold-start.classes)"
fi
