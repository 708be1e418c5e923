#!/usr/bin/env bash
# Usage: scripts/run.sh [ARGS...]  — install missing dependencies, build Release if stale, run mempy.
# With no arguments mempy starts its REPL.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/deps.sh"
if [ ! -f "$root/build/build.ninja" ]; then
  cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$root/build" --target mempy >/dev/null
exec "$root/build/mempy" "$@"
