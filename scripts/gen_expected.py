#!/usr/bin/env python3
"""Generates the expectations of golden programs by running them with CPython 3.11.

usage: scripts/gen_expected.py [PROGRAM.py | DIR ...]   (default: tests/programs and scripts/guide)

For each program writes PROGRAM.out (stdout) and, when the exit status is not 0, PROGRAM.err
(exit status, then the last stderr line). A program whose first line is
"# mempy-test: merge-stderr" runs unbuffered with stderr merged into stdout, so PROGRAM.out
records how the two streams interleave (its .err then holds an empty last line). A first line
"# mempy-test: args ARG..." passes interpreter options before the program name (e.g.
"-X tracemalloc=3"), and "# mempy-test: env NAME=VALUE..." runs it with those variables set.
Runs each program twice and refuses programs whose output is not deterministic. Modules named
mod_*.py are helpers imported by programs, not programs (nor is scripts/guide/tour.py). When
PROGRAM.mask exists, the two runs are compared after masking (tests/run_program.py). A program
with a PROGRAM.noref file (saying why python3 cannot run it) gets no expectation.
Never edit the outputs by hand: change the program and run this again.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import program_header  # noqa: E402  (tests/program_header.py)
from run_program import apply_masks  # noqa: E402  (tests/run_program.py)
PYTHON = os.environ.get("MEMPY_REFERENCE_PYTHON", "python3")


def check_reference():
    out = subprocess.run([PYTHON, "-c", "import sys; print(sys.version_info[:2])"],
                         capture_output=True, text=True).stdout.strip()
    if out != "(3, 11)":
        sys.exit(f"gen_expected: {PYTHON} is {out}, expectations must come from CPython 3.11")


def run(program):
    args, extra_env, merge = program_header.read(program)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.update(extra_env)
    stdin_path = program[:-3] + ".in" if os.path.exists(program[:-3] + ".in") else os.devnull
    with open(stdin_path, "rb") as stdin:  # same stdin as tests/run_program.py gives mempy
        p = subprocess.run([PYTHON, *args, os.path.basename(program)],
                           cwd=os.path.dirname(program),
                           stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT if merge else subprocess.PIPE,
                           env=env, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), (p.stderr or b"").decode("utf-8")


def masked(program, out):
    """`out` with the program's .mask regexes applied (its run-to-run varying values)."""
    if not os.path.exists(program[:-3] + ".mask"):
        return out
    with open(program[:-3] + ".mask", encoding="utf-8") as f:
        return apply_masks(out, [line for line in f.read().split("\n") if line])


def generate(program):
    if os.path.exists(program[:-3] + ".noref"):
        print(f"no reference (see {os.path.basename(program[:-3])}.noref): {program}")
        return True
    first = run(program)
    second = run(program)
    if first[0] != second[0] or masked(program, first[1]) != masked(program, second[1]):
        print(f"NONDETERMINISTIC, skipped: {program}")
        return False
    rc, out, err = first
    base = program[:-3]
    with open(base + ".out", "w", encoding="utf-8", newline="") as f:
        f.write(out)
    if rc != 0:
        last = err.rstrip("\n").split("\n")[-1]
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(f"{rc}\n{last}\n")
    elif os.path.exists(base + ".err"):
        os.remove(base + ".err")
    return True


def main():
    check_reference()
    # the default directories are optional (scripts/guide may not exist yet); named targets are not
    targets = sys.argv[1:] or [d for d in (os.path.join(ROOT, "tests", "programs"),
                                           os.path.join(ROOT, "scripts", "guide"))
                               if os.path.isdir(d)]
    programs = []
    for t in targets:
        if not os.path.exists(t) or not (os.path.isdir(t) or t.endswith(".py")):
            sys.exit(f"gen_expected: {t} is neither a directory nor a .py file")
        if os.path.isdir(t):
            for d, _, files in os.walk(t):
                programs += [os.path.join(d, f) for f in files
                             if f.endswith(".py") and not f.startswith("mod_") and f != "tour.py"]
        else:
            programs.append(os.path.abspath(t))
    bad = sum(not generate(p) for p in sorted(programs))
    print(f"{len(programs) - bad} expectations written, {bad} refused")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
