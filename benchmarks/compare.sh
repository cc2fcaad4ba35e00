#!/usr/bin/env bash
# Whole-process timings of lambdalint and, when installed, cfn-lint on the same generated inputs, with
# the ratios, the peak memory, and how lambdalint's time grows with the input. docs/performance.md
# shows a run of it and explains the inputs.
#
# Needs: a JDK 17+, python3, hyperfine and GNU time:
#   Debian/Ubuntu: apt-get install -y hyperfine time      (elsewhere: cargo install hyperfine)
#   cfn-lint (optional, for the ratios): pip install cfn-lint
#
# Usage: benchmarks/compare.sh [--quick] [--no-cfn-lint] [--inputs DIR]
#   --quick        fewer runs (5 instead of 20 for lambdalint, 1 instead of 3 for cfn-lint)
#   --no-cfn-lint  time lambdalint only
#   --inputs DIR   where to generate the inputs (default: target/bench-inputs; never committed)
# Environment: LAMBDALINT (the command to time, default ./lambdalint), CFN_LINT (default cfn-lint).
#
# Timings are medians over a warm file cache. Other processes skew them: the script prints the load
# average before and after; compare runs made under similar load only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
inputs="$root/target/bench-inputs"
runs=20
cfn_runs=3
use_cfn=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=5; cfn_runs=1 ;;
    --no-cfn-lint) use_cfn=0 ;;
    --inputs) inputs="$(mkdir -p "$2" && cd "$2" && pwd -P)"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

me=compare.sh
. "$root/benchmarks/common.sh"
require_tools
lambdalint="${LAMBDALINT:-$root/lambdalint}"
find_cfn_lint

# The generator lives in the benchmarks module; build it when its jar is missing or older than the sources.
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/benchmarks/src/main" "$root/rules/src/main" "$root/linter/src/main" \
    -newer "$bench_jar" -print -quit)" ]; then
  echo "compare.sh: building the benchmarks module ..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package) >&2
fi
echo "compare.sh: generating inputs in $inputs ..." >&2
java -cp "$bench_jar" dev.lambdalint.benchmarks.inputs.Generate suite "$inputs" >&2
# A first run builds the launcher's jar and class-data archive when they are missing or stale.
"$lambdalint" --version >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A fixed date, so that the runtime rules find the same things on every run.
check=("$lambdalint" check --date 2025-06-01)

# time NAME RUNS WARMUP COMMAND...: median wall time in seconds into $work/NAME.json
time_it() {
  local name="$1" n="$2" warmup="$3"
  shift 3
  hyperfine -N --style none --warmup "$warmup" --runs "$n" --ignore-failure \
      --export-json "$work/$name.json" "$(printf '%q ' "$@")" >/dev/null 2>&1
}
median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/$1.json"; }
cpu() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["user"]+r["system"])' "$work/$1.json"; }

echo "== machine"
echo "cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')"
java -version 2>&1 | head -1
[ "$use_cfn" = 1 ] && "$cfn_lint" --version
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

rows=()
# name|lambdalint target|cfn-lint arguments
cases=(
  "small.yaml|$inputs/small.yaml|$inputs/small.yaml"
  "large.yaml|$inputs/large.yaml|$inputs/large.yaml"
  "conditions.yaml|$inputs/conditions.yaml|$inputs/conditions.yaml"
  "sam-large.yaml|$inputs/sam-large.yaml|$inputs/sam-large.yaml"
  "cdk.out|$inputs/cdk.out|$(printf '%s ' "$inputs"/cdk.out/*.template.json)"
)
for c in "${cases[@]}"; do
  IFS='|' read -r name target cfn_args <<< "$c"
  echo "compare.sh: $name ..." >&2
  n=$runs
  [ "$name" = cdk.out ] && n=$(( runs / 2 > 3 ? runs / 2 : 3 ))
  time_it "ll-$name" "$n" 3 "${check[@]}" "$target"
  ll=$(median "ll-$name")
  ll_cpu=$(cpu "ll-$name")
  rss=$(peak_rss "${check[@]}" "$target")
  cfn="-"
  ratio="-"
  if [ "$use_cfn" = 1 ]; then
    m=$cfn_runs
    [ "$name" = cdk.out ] && m=1
    # shellcheck disable=SC2086 # one argument per template
    time_it "cfn-$name" "$m" 0 "$cfn_lint" $cfn_args
    cfn=$(median "cfn-$name")
    ratio=$(python3 -c "print(f'{$cfn / $ll:.0f}x')")
    cfn=$(python3 -c "print(f'{$cfn:.2f} s')")
  fi
  rows+=("| $name | $(python3 -c "print(f'{$ll:.3f} s')") | $(python3 -c "print(f'{$ll_cpu:.2f} s')") | $rss MiB | $cfn | $ratio |")
done

echo "== lambdalint and cfn-lint, whole process (medians; lambdalint $runs runs after 3 warm-ups, cfn-lint $cfn_runs, cloud assembly 1)"
echo "| input | lambdalint wall | lambdalint CPU (user+sys, mean) | lambdalint peak RSS | cfn-lint wall | ratio |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo

echo "compare.sh: growth ..." >&2
time_it grow-40 "$runs" 3 "${check[@]}" "$inputs/growth-40.yaml"
time_it grow-4000 "$runs" 3 "${check[@]}" "$inputs/growth-4000.yaml"
time_it grow-2000 "$(( runs / 2 > 3 ? runs / 2 : 3 ))" 3 "${check[@]}" "$inputs/cdk-5.out"
python3 - "$(median grow-40)" "$(median ll-large.yaml)" "$(median grow-4000)" "$(median grow-2000)" "$(median ll-cdk.out)" "$(median ll-small.yaml)" <<'EOF'
import sys
t40, t400, t4000, t2k, t20k, small = map(float, sys.argv[1:])
print("== growth: lambdalint wall time as the input grows 10x (at most 10x allowed)")
print("The start-up is paid once whatever the size; 'beyond start-up' subtracts the small template's time.")
print("| inputs | wall | ratio | ratio beyond start-up |")
print("|---|---|---|---|")
def row(name, a, b):
    extra = (b - small) / (a - small) if a - small > 0.005 else float("nan")
    print(f"| {name} | {a:.3f} s -> {b:.3f} s | {b / a:.1f}x | {extra:.1f}x |")
row("40 -> 400 resources (one template)", t40, t400)
row("400 -> 4,000 resources (one template)", t400, t4000)
row("2,000 -> 20,000 resources (cloud assembly)", t2k, t20k)
EOF
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
