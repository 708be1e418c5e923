"""The first-line directive of a golden program, read the same way by tests/run_program.py
(running mempy) and scripts/gen_expected.py (running python3 for the expectation).

  # mempy-test: merge-stderr        stderr merged into stdout, both unbuffered (the interleaving is
                                    part of the expected output)
  # mempy-test: args ARG...         interpreter options before the program name
  # mempy-test: env NAME=VALUE...   extra environment variables
"""


def read(program):
    """(interpreter args, extra environment, merge stderr) for a program file."""
    with open(program, encoding="utf-8") as f:
        words = f.readline().split()
    kind, values = (words[2], words[3:]) if words[:2] == ["#", "mempy-test:"] else ("", [])
    args = values if kind == "args" else []
    env = dict(v.partition("=")[::2] for v in values) if kind == "env" else {}
    merge = kind == "merge-stderr" and not values
    if merge:  # the order of the two streams is the point: both unbuffered, one pipe
        env["PYTHONUNBUFFERED"] = "1"
    return args, env, merge
