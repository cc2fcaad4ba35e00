#!/usr/bin/env bash
# Start-up against the JVM's own floor (issue 16): times a Java hello-world and lambdalint side by side in
# one hyperfine run, under the same load, and prints each ratio of the issue against its target. Load still
# skews them (a loaded machine stretches lambdalint's longer run more than the hello-world's): the load
# average is printed before and after; docs/performance.md shows a run of it.
#
# Needs what benchmarks/compare.sh needs (a JDK 17+ with javac, python3, hyperfine, GNU time); cfn-lint
# is optional (its ratios are printed as "-" without it).
#
# Usage: benchmarks/startup.sh [--runs N] [--cfn-runs N] [--no-cfn-lint] [--inputs DIR]
#   --runs N       runs of each lambdalint and hello-world command (default 20)
#   --cfn-runs N   runs of each cfn-lint command (default 3; the condition-heavy input takes ~1 min a run)
#   --no-cfn-lint  leave out cfn-lint
#   --inputs DIR   where the generated inputs are (default target/bench-inputs, generated when missing)
# Environment:
#   LAMBDALINT  the command to time (default ./lambdalint; the release bundle: path/to/bin/lambdalint)
#   HELLO_JAVA  the java that runs the hello-world: the one lambdalint runs on (default: the repository
#               launcher's, $JAVA_HOME/bin/java or java; for the bundle: path/to/runtime/bin/java)
#   CFN_LINT    default cfn-lint
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
inputs="$root/target/bench-inputs"
runs=20
cfn_runs=3
use_cfn=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --cfn-runs) cfn_runs="$2"; shift ;;
    --no-cfn-lint) use_cfn=0 ;;
    --inputs) inputs="$(mkdir -p "$2" && cd "$2" && pwd -P)"; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "startup.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
me=startup.sh
. "$root/benchmarks/common.sh"
require_tools
lambdalint="${LAMBDALINT:-$root/lambdalint}"
find_cfn_lint
hello_java="${HELLO_JAVA:-java}"
[ -z "${HELLO_JAVA:-}" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && hello_java="$JAVA_HOME/bin/java"

# The hello-world gets the JVM options lambdalint's launchers give (read from ./lambdalint, which the
# bundle's bin/lambdalint copies), without lambdalint's class-data archive: it maps the JDK's own.
read -r -a jvm_opts <<< "$(sed -n 's/^opts=(\(.*\))$/\1/p' "$root/lambdalint")"
[ "${#jvm_opts[@]}" -gt 0 ] || { echo "startup.sh: no opts=(...) line in $root/lambdalint" >&2; exit 2; }

if [ ! -f "$inputs/small.yaml" ] || [ ! -d "$inputs/cdk.out" ]; then
  bench_jar="$root/benchmarks/target/benchmarks.jar"
  [ -f "$bench_jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package) >&2
  java -cp "$bench_jar" dev.lambdalint.benchmarks.inputs.Generate suite "$inputs" >&2
fi
# A first run builds the launcher's jar and class-data archive when they are missing or stale.
"$lambdalint" --version >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
"${hello_java%/java}/javac" -d "$work/hello" "$work/hello/Hello.java" 2>/dev/null \
  || javac --release 17 -d "$work/hello" "$work/hello/Hello.java"

q() { printf '%q ' "$@"; }
check=("$lambdalint" check --date 2025-06-01)
commands=(
  "hello|$(q "$hello_java" "${jvm_opts[@]}" -cp "$work/hello" Hello)"
  "version|$(q "$lambdalint" --version)"
  "small|$(q "${check[@]}" "$inputs/small.yaml")"
  "examples|$(q "${check[@]}" "$root/fixtures/examples")"
  "large|$(q "${check[@]}" "$inputs/large.yaml")"
  "conditions|$(q "${check[@]}" "$inputs/conditions.yaml")"
  "cdk|$(q "${check[@]}" "$inputs/cdk.out")"
)
echo "== machine"
echo "cores: $(nproc); $("$hello_java" -version 2>&1 | head -1); lambdalint: $lambdalint"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "startup.sh: timing ($runs runs each, all in one hyperfine run) ..." >&2
args=()
for c in "${commands[@]}"; do args+=(-n "${c%%|*}" "${c#*|}"); done
hyperfine -N --style none --warmup 3 --runs "$runs" --ignore-failure --export-json "$work/ll.json" "${args[@]}" >/dev/null 2>&1
cfn_json=""
if [ "$use_cfn" = 1 ]; then
  echo "startup.sh: cfn-lint ..." >&2
  hyperfine -N --style none --runs "$cfn_runs" --ignore-failure --export-json "$work/cfn.json" \
    -n small "$(q "$cfn_lint" "$inputs/small.yaml")" \
    -n large "$(q "$cfn_lint" "$inputs/large.yaml")" \
    -n conditions "$(q "$cfn_lint" "$inputs/conditions.yaml")" >/dev/null 2>&1
  cfn_json="$work/cfn.json"
fi
rss_small=$(peak_rss "${check[@]}" "$inputs/small.yaml")
rss_cdk=$(peak_rss "${check[@]}" "$inputs/cdk.out")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

python3 - "$work/ll.json" "$cfn_json" "$rss_small" "$rss_cdk" <<'EOF'
import json, sys
ll = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cfn = {r["command"]: r for r in json.load(open(sys.argv[2]))["results"]} if sys.argv[2] else {}
rss_small, rss_cdk = int(sys.argv[3]), int(sys.argv[4])
med = lambda r: r["median"]
cpu = lambda r: r["user"] + r["system"]
hello = ll["hello"]
print("== the commands (medians of wall time; CPU is user+sys, mean)")
print("| command | wall | CPU | wall / hello-world | CPU / hello-world |")
print("|---|---|---|---|---|")
for name, r in ll.items():
    print(f"| {name} | {med(r):.3f} s | {cpu(r):.3f} s | {med(r) / med(hello):.1f}x | {cpu(r) / cpu(hello):.1f}x |")
print()
print("== issue 16's targets")
print("| measure | measured | target | |")
print("|---|---|---|---|")
def row(what, value, target, ok):
    print(f"| {what} | {value} | {target} | {'met' if ok else 'NOT met'} |")
for name, label, limit in [("version", "lambdalint --version", 2.0), ("small", "check small.yaml", 3.0),
                           ("examples", "check fixtures/examples", 3.5), ("large", "check large.yaml (400 resources)", 5.0)]:
    x = med(ll[name]) / med(hello)
    row(f"{label} / hello-world, wall", f"{x:.2f}x", f"<= {limit}x", x <= limit)
for name, label, limit in [("small", "small.yaml", 15), ("large", "large.yaml", 30), ("conditions", "conditions.yaml", 30)]:
    if name in cfn:
        x = med(cfn[name]) / med(ll[name])
        row(f"cfn-lint / lambdalint, {label}", f"{x:.1f}x", f">= {limit}x", x >= limit)
    else:
        print(f"| cfn-lint / lambdalint, {label} | - | >= {limit}x | not measured |")
row("peak RSS, check small.yaml", f"{rss_small} MiB", "<= 60 MiB", rss_small <= 60)
row("cloud assembly, 50 x 400 resources: wall", f"{med(ll['cdk']):.2f} s", "<= 3 s", med(ll["cdk"]) <= 3)
row("cloud assembly, 50 x 400 resources: peak RSS", f"{rss_cdk} MiB", "<= 512 MiB", rss_cdk <= 512)
EOF
