# mempy-test: args -X tracemalloc=3
# `-X tracemalloc=N` traces from start-up with N frames per traceback (and `-X tracemalloc`
# with 1): tracemalloc is tracing before the first line runs, and sys._xoptions records the
# option as given. (What `import` allocates is left out: CPython's import system is Python code
# in importlib, so its blocks are attributed there; mempy's is C++, attributed to the import.)
import sys
import tracemalloc


def make():
    return [[n] * 3 for n in range(1000, 1010)]


print(sys._xoptions, tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
rows = make()
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
for stat in snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("traceback"):
    if stat.traceback[-1].lineno > 8:
        print(str(stat).replace(__file__, "prog.py"), [f.lineno for f in stat.traceback])
print(tracemalloc.get_object_traceback(rows) is not None)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
