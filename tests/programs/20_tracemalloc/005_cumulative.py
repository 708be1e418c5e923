# statistics(key_type, cumulative=True): every frame of a trace's traceback is credited with the
# block (so a caller's line sums what its callees allocated; a frame that appears twice in one
# traceback, as in recursion, is credited twice). Only 'lineno' and 'filename' allow it.
import gc
import tracemalloc


def leaf(n):
    return ["%d!" % i for i in range(n)]


def branch(n):
    return [leaf(n), leaf(n + 1)]


def recurse(depth):
    if depth == 0:
        return [b"r" * 100]
    return [recurse(depth - 1), b"q" * 50]


gc.collect()
tracemalloc.start(10)
kept = [branch(20), branch(5)]
deep = recurse(3)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
for cumulative in (False, True):
    print("cumulative" if cumulative else "innermost line only")
    for stat in mine.statistics("lineno", cumulative=cumulative):
        if stat.traceback[0].filename == __file__:
            print(" ", str(stat).replace(__file__, "prog.py"))
print("by file, cumulative:")
for stat in mine.statistics("filename", cumulative=True):
    if stat.traceback[0].filename == __file__:
        print(" ", str(stat).replace(__file__, "prog.py"))
try:
    mine.statistics("traceback", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
