#!/usr/bin/env python3
"""Runs one golden program with mempy and compares it with its python3-generated expectation.

usage: run_program.py MEMPY PROGRAM.py

PROGRAM.out holds the expected stdout. Every run also checks mempy's live-block counter
(MEMPY_DEBUG_LEAKS=1): a report of blocks still allocated at exit fails the test. PROGRAM.err, when present, holds the expected exit status
on its first line and the expected last line of stderr on its second (the exception line); when it
is absent the program must exit with status 0. A program whose first line is
"# mempy-test: merge-stderr" runs unbuffered with stderr merged into stdout (the interleaving is
then part of the expected output); "# mempy-test: args ARG..." passes interpreter options before
the program name and "# mempy-test: env NAME=VALUE..." sets variables (as in
scripts/gen_expected.py). Expectations come from scripts/gen_expected.py.
The program runs in its own directory (so it can import sibling modules) with PYTHONHASHSEED=0,
as when its expectation was generated. Extra environment for a run can be given with
MEMPY_TEST_ENV="NAME=VALUE ..." (the GC stress run uses this).
PROGRAM.mask, when present, lists regexes (one per line) whose matches are masked in both
outputs before comparing, with the guide corpus's scheme (shared/guide/INDEX.md, "Mask
scheme"): a match becomes <masked:K> (K = line of the regex); a named group `ref` numbers the
distinct values (<masked:K#J>) so equal values must stay equal; a group `drop` deletes the match.
Used by the ported guide examples (scripts/guide) for addresses, timings and start-up-dependent
figures.
"""
import os
import re
import subprocess
import sys

import program_header  # beside this file


def apply_masks(text, masks):
    """The output with every match of the mask regexes replaced (see the module docstring)."""
    spans = []  # (start, end, order, replacement)
    for k, rx in enumerate(masks, 1):
        refs = {}
        for m in re.finditer(rx, text, re.MULTILINE):
            if m.start() == m.end():
                continue
            groups = m.groupdict()
            if "drop" in groups:
                repl = ""
            elif "ref" in groups:
                j = refs.setdefault(groups["ref"], len(refs) + 1)
                repl = f"<masked:{k}#{j}>"
            else:
                repl = f"<masked:{k}>"
            spans.append((m.start(), k, m.end(), repl))
    spans.sort()
    out, pos = [], 0
    for start, _, end, repl in spans:
        if start < pos:
            continue  # overlaps a match that starts earlier (or is listed first)
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def main():
    mempy, program = sys.argv[1], os.path.abspath(sys.argv[2])
    base = program[:-3]
    # PROGRAM.noref: python3 cannot run the program (it says why), so there is no expected
    # output; the run must still end with status 0 and without a leak
    noref = os.path.exists(base + ".noref")
    want_out = None
    if not noref:
        with open(base + ".out", encoding="utf-8", newline="") as f:  # keep any \r verbatim
            want_out = f.read()
    want_rc, want_last = 0, None
    if os.path.exists(base + ".err"):
        with open(base + ".err", encoding="utf-8") as f:
            lines = f.read().split("\n")
        want_rc, want_last = int(lines[0]), lines[1]
    # MEMPY_DEBUG_LEAKS: mempy reports at exit when the allocator's live-block count did not
    # return to its start-up value; any such report fails the test.
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", MEMPY_DEBUG_LEAKS="1")
    for item in os.environ.get("MEMPY_TEST_ENV", "").split():
        k, _, v = item.partition("=")
        env[k] = v
    args, extra_env, merge = program_header.read(program)
    env.update(extra_env)
    stdin_path = base + ".in" if os.path.exists(base + ".in") else os.devnull
    with open(stdin_path, "rb") as stdin:
        proc = subprocess.run([mempy, *args, os.path.basename(program)],
                              cwd=os.path.dirname(program),
                              stdin=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT if merge else subprocess.PIPE,
                              env=env, timeout=240)
    got_out = proc.stdout.decode("utf-8", "replace")
    if os.path.exists(base + ".mask"):
        with open(base + ".mask", encoding="utf-8") as f:
            masks = [line for line in f.read().split("\n") if line]
        got_out = apply_masks(got_out, masks)
        want_out = apply_masks(want_out, masks) if want_out is not None else None
    got_err = (proc.stderr or b"").decode("utf-8", "replace")
    ok = True
    if want_out is not None and got_out != want_out:
        ok = False
        import difflib
        print("stdout differs:")
        sys.stdout.writelines(difflib.unified_diff(want_out.splitlines(True),
                                                   got_out.splitlines(True),
                                                   "expected", "mempy", n=2))
        print()
    if proc.returncode != want_rc:
        ok = False
        print(f"exit status {proc.returncode}, expected {want_rc}")
    if want_last is not None:
        err_lines = got_err.rstrip("\n").split("\n")
        if err_lines[-1] != want_last:
            ok = False
            print(f"last stderr line {err_lines[-1]!r}, expected {want_last!r}")
    if "blocks still allocated at exit" in got_err:
        ok = False
        print("live-block counter did not return to its start value (leak)")
    if not ok:
        print("---- stderr tail:")
        print("\n".join(got_err.rstrip("\n").split("\n")[-15:]))
        sys.exit(1)


if __name__ == "__main__":
    main()
