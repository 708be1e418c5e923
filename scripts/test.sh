#!/usr/bin/env bash
# Usage: scripts/test.sh — install dependencies, build Release and ASan+UBSan, run every test in
# both configurations, and the programs once more in Release under GC stress. Ends with ctest's
# summary (the Release run); exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/deps.sh" || exit 1
jobs="$(nproc 2>/dev/null || echo 2)"
status=0

build() { # dir, extra cmake args...
  local dir="$1"; shift
  cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null || return 1
  cmake --build "$dir" -j "$jobs" || return 1
}

echo "== build: ASan+UBSan (build-asan)"
if build "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEMPY_SANITIZE=ON; then
  echo "== test: ASan+UBSan"
  # allocator_may_return_null: the MemoryError programs (tests/programs/16_bad_input) ask
  # for terabytes; without it ASan aborts instead of letting malloc return NULL.
  (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest -j "$jobs" --output-on-failure --timeout 300) || status=1
else
  echo "ASan build failed"; status=1
fi

echo "== build: Release (build)"
if build "$root/build" -DCMAKE_BUILD_TYPE=Release; then
  # GC stress: every container allocation also runs a collection of generation 0 (memory/gc.h)
  echo "== test: Release, programs under MEMPY_GC_STRESS=1"
  (cd "$root/build" && MEMPY_TEST_ENV="MEMPY_GC_STRESS=1" \
     ctest -j "$jobs" -R '^(prog|guide)/' --output-on-failure --timeout 300 | grep -v -e ' Passed ' -e 'Start ') || status=1
  echo "== test: Release"
  (cd "$root/build" && ctest -j "$jobs" --output-on-failure --timeout 300) || status=1
else
  echo "Release build failed"; status=1
fi
exit $status
