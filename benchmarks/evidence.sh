#!/usr/bin/env bash
# Reading production evidence: lambdalint report --evidence against gawk over the same generated logs,
# in one run. gawk computes only the count, the highest Max Memory Used and the highest Duration per
# log group (file); lambdalint reads every line the same way and keeps percentiles, cold starts,
# timeouts, out-of-memory endings and costs besides. docs/performance.md shows a run of it.
#
# Needs: a JDK 17+, gawk, hyperfine and GNU time (Debian/Ubuntu: apt-get install -y gawk hyperfine time).
#
# Usage: benchmarks/evidence.sh [--megabytes N] [--runs N] [--inputs DIR]
#   --megabytes N  size of the generated logs (default 1024)
#   --runs N       timed runs of each command (default 3)
#   --inputs DIR   where to write the logs (default target/bench-evidence; never committed)
# Environment: LAMBDALINT (the command to time, default ./lambdalint).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
inputs="$root/target/bench-evidence"
megabytes=1024
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --megabytes) megabytes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --inputs) inputs="$(mkdir -p "$2" && cd "$2" && pwd -P)"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "evidence.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
for tool in gawk hyperfine python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "evidence.sh: $tool is missing; see the top of this script" >&2; exit 2; }
done
lambdalint="${LAMBDALINT:-$root/lambdalint}"

bench_jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/benchmarks/src/main" "$root/rules/src/main" "$root/linter/src/main" \
    -newer "$bench_jar" -print -quit)" ]; then
  echo "evidence.sh: building the benchmarks module ..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package) >&2
fi
logs="$inputs/logs-$megabytes"
if [ ! -d "$logs" ]; then
  echo "evidence.sh: generating $megabytes MB of logs in $logs ..." >&2
  java -cp "$bench_jar" dev.lambdalint.benchmarks.inputs.Generate logs "$logs" --megabytes "$megabytes" --functions 16 >&2
fi
"$lambdalint" --version >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/peaks.awk" <<'AWK'
# Per log group (file): REPORT lines, the highest Max Memory Used, the highest Duration.
/REPORT RequestId: / {
  g = FILENAME
  n[g]++
  if (match($0, /Max Memory Used: [0-9]+/)) { m = substr($0, RSTART + 17, RLENGTH - 17) + 0; if (m > mem[g]) mem[g] = m }
  if (match($0, /\tDuration: [0-9.]+/)) { d = substr($0, RSTART + 11, RLENGTH - 11) + 0; if (d > dur[g]) dur[g] = d }
}
END { for (g in n) printf "%s %d %d %.2f\n", g, n[g], mem[g], dur[g] }
AWK
ll=("$lambdalint" report --evidence "$logs")
awk_cmd=(gawk -f "$work/peaks.awk" "$logs"/*.log)

echo "== machine"
echo "cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')"
java -version 2>&1 | head -1
gawk --version | head -1
echo "logs: $(du -sm "$logs" | cut -f1) MB in $(find "$logs" -type f | wc -l) files"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$work/t.json" \
    -n lambdalint "$(printf '%q ' "${ll[@]}")" -n gawk "$(printf '%q ' "${awk_cmd[@]}")" >/dev/null 2>&1
rss() { /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true; python3 -c "print(round(int(open('$work/rss').read().split()[-1]) / 1024))"; }
ll_rss=$(rss "${ll[@]}")
awk_rss=$(rss "${awk_cmd[@]}")
# The two must agree on what both compute.
"${ll[@]}" > "$work/ll.txt"
"${awk_cmd[@]}" > "$work/awk.txt"
python3 - "$work/t.json" "$ll_rss" "$awk_rss" "$work/ll.txt" "$work/awk.txt" <<'PY'
import json, sys, re, os
t = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ll, aw = t["lambdalint"], t["gawk"]
print("load average after: " + " ".join(open("/proc/loadavg").read().split()[:3]))
print("| command | wall (median) | CPU (user+sys, mean) | peak RSS |")
print("|---|---|---|---|")
print(f"| lambdalint report --evidence | {ll['median']:.2f} s | {ll['user'] + ll['system']:.2f} s | {sys.argv[2]} MiB |")
print(f"| gawk (count, max memory, max duration) | {aw['median']:.2f} s | {aw['user'] + aw['system']:.2f} s | {sys.argv[3]} MiB |")
print(f"ratio: lambdalint takes {ll['median'] / aw['median']:.2f}x gawk's wall time")
awk = {}
for line in open(sys.argv[5]):
    g, n, m, d = line.split()
    awk[os.path.basename(g)[:-4]] = (int(n))
counts = {}
for line in open(sys.argv[4]):
    cells = re.split(r"\s{2,}", line.strip())
    if len(cells) > 3 and cells[0] in awk:
        counts[cells[0]] = int(cells[2].replace(",", ""))
same = all(counts.get(g) == n for g, n in awk.items())
print(f"invocations per log group agree: {same} ({len(awk)} groups, {sum(awk.values()):,} REPORT lines)")
PY
