#!/usr/bin/env python3
"""Times the benchmark programs in scripts/bench/ with mempy and with python3 and prints a table.

usage: scripts/bench.py [-n N] [--mempy PATH] [--python PATH] [NAME ...]

Usually started through scripts/bench.sh, which builds build/mempy first. NAME is a benchmark
file name without ".py" (default: every scripts/bench/*.py). Each benchmark runs N times
(default 5) with each interpreter, alternating between them so that a change in machine load
hits both; the table shows the median wall-clock seconds of each and the ratio mempy/python3.

Every run must exit with status 0 and print exactly what python3 printed (the benchmarks print
a small deterministic result so that a wrong interpreter is noticed). If mempy fails, times out
or prints something else, its row shows FAIL and the next benchmark runs. The last line is the
geometric mean of the ratios that were measured. Exit status: 0 if every benchmark passed,
1 otherwise. Both interpreters run with PYTHONHASHSEED=0 in scripts/bench/.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench")
TIMEOUT = 600  # seconds for one run


def run_once(interpreter, program):
    """Runs one benchmark; returns (seconds, exit status, stdout, last stderr line)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    start = time.perf_counter()
    try:
        p = subprocess.run([interpreter, program], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                           capture_output=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, "", f"timed out after {TIMEOUT} s"
    except OSError as e:
        return 0.0, None, "", f"cannot run {interpreter}: {e}"
    elapsed = time.perf_counter() - start
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")[-1]
    return elapsed, p.returncode, p.stdout.decode("utf-8", "replace"), err


def bench(name, python, mempy, runs):
    """Returns (python median, mempy median or None, problem or None)."""
    program = name + ".py"
    py_times, mp_times = [], []
    expected = None
    problem = None
    for _ in range(runs):
        t, rc, out, err = run_once(python, program)
        if rc != 0:
            return None, None, f"{python} failed (status {rc}): {err}"  # a broken benchmark
        if expected is None:
            expected = out
        elif out != expected:
            return None, None, f"{python} output is not deterministic"
        py_times.append(t)
        if problem is None:
            t, rc, out, err = run_once(mempy, program)
            if rc is None:
                problem = f"mempy: {err}"
            elif rc != 0:
                problem = f"mempy exit status {rc}: {err}"
            elif out != expected:
                problem = "mempy output differs: " + first_difference(expected, out)
            else:
                mp_times.append(t)
    py_median = statistics.median(py_times)
    if problem is not None:
        return py_median, None, problem
    return py_median, statistics.median(mp_times), None


def first_difference(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<missing>"
        b = g[i] if i < len(g) else "<missing>"
        if a != b:
            return f"line {i + 1}: expected {a!r}, got {b!r}"
    return "trailing newline"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--mempy", default=None, help="mempy binary (default: build/mempy)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default python3)")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("-n must be at least 1")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    def resolve(path):  # paths with a directory part are relative to the caller's cwd
        return os.path.abspath(path) if os.sep in path else path
    mempy = resolve(args.mempy) if args.mempy else os.path.join(root, "build", "mempy")
    args.python = resolve(args.python)

    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py"))
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or available
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit(f"bench: unknown benchmark(s) {', '.join(unknown)}; have {', '.join(available)}")

    print(f"mempy: {mempy}   reference: {args.python}   runs: {args.n}   (median wall-clock seconds)")
    header = f"{'benchmark':<22} {'python3 s':>10} {'mempy s':>10} {'mempy/python3':>14}"
    print(header)
    print("-" * len(header))
    ratios, failures = [], []
    for name in names:
        py, mp, problem = bench(name, args.python, mempy, args.n)
        py_col = f"{py:.3f}" if py is not None else "-"
        if problem is None:
            ratio = mp / py
            ratios.append(ratio)
            print(f"{name:<22} {py_col:>10} {mp:>10.3f} {ratio:>14.2f}", flush=True)
        else:
            failures.append((name, problem))
            print(f"{name:<22} {py_col:>10} {'-':>10} {'FAIL':>14}", flush=True)
    print("-" * len(header))
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of mempy/python3 over {len(ratios)} of {len(names)} benchmarks: "
              f"{geomean:.2f}")
    else:
        print(f"geometric mean of mempy/python3: no benchmark passed (0 of {len(names)})")
    for name, problem in failures:
        print(f"FAIL {name}: {problem}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
