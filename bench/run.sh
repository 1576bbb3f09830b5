#!/usr/bin/env bash
# How to run the JMH benchmarks of Cartel Policy Lab (see docs/performance.md for method and numbers).
#
#   bench/run.sh [JMH options]            build (offline) and run every benchmark; default -f 1 -wi 3 -i 5
#   bench/run.sh ReferenceRun             only benchmarks whose name matches a regex (here: one 520-week run)
#   bench/run.sh baseline COMMIT [regex]  the same benchmarks against the core of an older commit, e.g. the
#                                         engine before the fast sampler: bench/run.sh baseline a11032b
#   bench/run.sh r [REPEATS]              time the network model in R (deSolve lsoda, bench/r/network_lsoda.R)
#                                         and one Java run in the same invocation, and print the ratio
#
# Benchmarks: ReferenceRunBenchmark.referenceRun (us per 520-week run), EnsembleBenchmark (1,000 runs with
# parameters drawn in the calibration bounds: ms per 1,000 on all cores and on one, runs/s on all cores),
# ConflictTermBenchmark (the conflict term K C, sparse form vs dense 150 x 150 product, ns per evaluation),
# CourseRunBenchmark (a course with every kind of lever compiled and run 520 weeks from 2022, us per run).
# The machine is shared: note `uptime` before and after, and compare ratios measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
build() { mvn -B -q -o package -pl bench -am -DskipTests; }
defaults=(-f 1 -wi 3 -i 5 -prof org.cartellab.bench.CpuTimeProfiler)

case "${1:-}" in
  baseline)
    commit=${2:?usage: bench/run.sh baseline COMMIT [regex]}
    pattern=${3:-'ReferenceRun|Ensemble'}
    build
    old=$(mktemp -d)
    trap 'rm -rf "$old"' EXIT
    git archive "$commit" pom.xml core | tar -x -C "$old"
    (cd "$old/core" && mvn -B -q -o compile)   # the core alone: the archive holds no other module
    echo "== load: $(uptime)"
    # The old core's classes come first on the class path (JMH forks inherit it), so the same benchmark code
    # measures the old engine. Benchmarks that need newer API fail; pick them out with the regex.
    java -cp "$old/core/target/classes:$jar" org.openjdk.jmh.Main "${defaults[@]}" "$pattern"
    echo "== load: $(uptime)"
    ;;
  r)
    repeats=${2:-5}
    build
    echo "== load: $(uptime)"
    r_out=$(Rscript bench/r/network_lsoda.R core/src/main/resources/org/cartellab/data "$repeats")
    r_wall=$(awk '/^r_seconds_per_run/ {print $2}' <<<"$r_out")
    r_cpu=$(awk '/^r_cpu_seconds_per_run/ {print $2}' <<<"$r_out")
    csv=$(mktemp)
    java -jar "$jar" "${defaults[@]}" -rf csv -rff "$csv" ReferenceRun >/dev/null
    java_wall=$(awk -F, '$1 ~ /referenceRun"$/ {print $5}' "$csv")
    java_cpu=$(awk -F, '$1 ~ /referenceRun:cpu/ {print $5}' "$csv")
    rm -f "$csv"
    echo "R (deSolve lsoda, rtol = atol = 1e-6): ${r_wall} s wall, ${r_cpu} s CPU per 520-week run"
    echo "Java (NetworkSimulator, JMH):          ${java_wall} us wall, ${java_cpu} us CPU per 520-week run"
    awk -v rw="$r_wall" -v rc="$r_cpu" -v jw="$java_wall" -v jc="$java_cpu" \
      'BEGIN {printf "ratio R / Java: %.0f (wall), %.0f (CPU)\n", rw * 1e6 / jw, rc * 1e6 / jc}'
    echo "== load: $(uptime)"
    ;;
  *)
    build
    echo "== load: $(uptime)"
    if [ $# -eq 0 ]; then set -- "${defaults[@]}"; elif [[ "$1" != -* ]]; then set -- "${defaults[@]}" "$@"; fi
    java -jar "$jar" "$@"
    echo "== load: $(uptime)"
    ;;
esac
