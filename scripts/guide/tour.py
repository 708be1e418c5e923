"""A tour of the memory-management guide: runs every example in scripts/guide in guide order,
each under a header naming its guide section, in this one interpreter.

usage: scripts/run.sh scripts/guide/tour.py [PATTERN]   (PATTERN: run only files containing it)

Each example runs as its own __main__ in a fresh namespace, so the examples do not see each
other's names (they do share the interpreter: its gc counts, free lists and modules). An example
that raises is reported with its traceback and the tour goes on; the exit status is the number
of examples that failed (0 when all ran).
"""
import gc
import os
import sys

HERE = __file__.rpartition("/")[0] or "."


def examples(pattern):
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n != "tour.py")
    return [n for n in names if pattern in n]


def header(name):
    stem = name[:-3]
    number, block, title = stem.split("_", 2)
    line = f"== guide {number}, block {block}: {title.replace('_', ' ')} "
    return line + "=" * max(0, 78 - len(line))


def run(name):
    path = HERE + "/" + name
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    exec(code, namespace)
    namespace.clear()  # the example's objects go now, not at the end of the tour


def reset_collector():
    """Undoes what an example may have changed in the collector's settings."""
    gc.set_debug(0)
    gc.set_threshold(700, 10, 10)
    gc.enable()
    gc.collect()


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else ""
    names = examples(pattern)
    failed = []
    for name in names:
        print(header(name))
        sys.stdout.flush()
        try:
            run(name)
        except Exception:
            sys.stdout.flush()
            sys.excepthook(*sys.exc_info())  # the traceback, as an uncaught error prints it
            failed.append(name)
        sys.stdout.flush()
        reset_collector()
        print()
    total = len(names)
    print(f"tour: {total - len(failed)} of {total} examples ran", end="")
    print(f"; failed: {', '.join(failed)}" if failed else "")
    return len(failed)


if __name__ == "__main__":
    sys.exit(main())
