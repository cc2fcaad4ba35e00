# Shared by benchmarks/compare.sh and benchmarks/startup.sh; sourced, not run. The caller sets $me (its
# name, for messages) before sourcing, and $work (a scratch folder) before calling peak_rss.

# hyperfine, python3 and GNU time, or exit 2 naming the one that is missing.
require_tools() {
  local tool
  for tool in hyperfine python3 /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$me: $tool is missing; see the top of benchmarks/compare.sh" >&2; exit 2; }
  done
}

# Sets cfn_lint (CFN_LINT or cfn-lint) and turns use_cfn off, saying so, when it is not installed.
find_cfn_lint() {
  cfn_lint="${CFN_LINT:-cfn-lint}"
  if [ "$use_cfn" = 1 ] && ! command -v "$cfn_lint" >/dev/null 2>&1; then
    echo "$me: $cfn_lint is not installed: no cfn-lint ratios (pip install cfn-lint for them)" >&2
    use_cfn=0
  fi
}

# Peak resident memory in MiB: the median of three runs.
peak_rss() {
  local i out=()
  for i in 1 2 3; do
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
    out+=("$(tail -1 "$work/rss")")
  done
  python3 -c 'import statistics,sys; print(round(statistics.median(map(int, sys.argv[1:])) / 1024))' "${out[@]}"
}
