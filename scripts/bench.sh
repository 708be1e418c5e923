#!/usr/bin/env bash
# Usage: scripts/bench.sh [-n N] [--no-build] [--mempy PATH] [NAMES...]
#
# Times the benchmarks in scripts/bench/*.py (NAMES: file names without .py; default all) with
# the Release mempy and with python3, N runs each (default 5), checks that both print the same
# output, and prints a table: benchmark, python3 median seconds, mempy median seconds, ratio
# mempy/python3, then the geometric mean of the ratios. A benchmark where mempy fails or
# prints something else shows FAIL and the others still run; the exit status is then 1.
#
# Unless --no-build or --mempy is given, build/mempy is first brought up to date with the same
# build step as scripts/run.sh (deps.sh, configure build/ as Release with Ninja if needed, build
# the mempy target). --mempy PATH times another interpreter instead; `--mempy python3` compares
# python3 with itself (ratios near 1.00) and is a smoke test of this script.
# The timing itself is done by scripts/bench.py (python3, standard library only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

build=1
mempy=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --mempy) mempy="$2"; build=0; shift ;;
    --mempy=*) mempy="${1#--mempy=}"; build=0 ;;
    -n) args+=(-n "$2"); shift ;;
    -n*) args+=(-n "${1#-n}") ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$1") ;;
  esac
  shift
done

if [ "$build" = 1 ]; then
  "$root/scripts/deps.sh"
  if [ ! -f "$root/build/build.ninja" ]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$root/build" --target mempy >/dev/null
fi
[ -n "$mempy" ] || mempy="$root/build/mempy"

exec python3 "$root/scripts/bench.py" --mempy "$mempy" "${args[@]}"
