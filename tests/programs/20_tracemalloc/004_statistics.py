# Snapshot.statistics(key_type): traces grouped by 'lineno' (the innermost frame), 'filename'
# (line shown as 0) or 'traceback' (the whole stored traceback, shown by its oldest frame), as
# Statistic objects sorted by size, then count, then traceback, largest first. Only this file's
# traces are kept (the module's own bookkeeping lives in tracemalloc.py and differs between
# implementations), and its path is shown as a basename.
import gc
import tracemalloc


def show(stats):
    for stat in stats:
        print(" ", str(stat).replace(__file__, "prog.py"))


def build(n):
    return [b"b" * (10 * i) for i in range(1, n + 1)]


def nested(n):
    return {i: build(i) for i in range(n)}


gc.collect()
tracemalloc.start(3)
rows = [[i] * 10 for i in range(200)]
text = ["%05d" % i for i in range(300)]
blob = b"z" * 40000
tree = nested(12)
table = dict.fromkeys(range(100))
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
print(snapshot.traceback_limit, len(mine.traces) > 0)
print("by line:")
show(mine.statistics("lineno"))
print("by file:")
show(mine.statistics("filename"))
print("by traceback:")
for stat in mine.statistics("traceback"):
    print(" ", str(stat).replace(__file__, "prog.py"), [f.lineno for f in stat.traceback])
top = mine.statistics("lineno")[0]
print(type(top).__name__, top.size, top.count, top.traceback[0].lineno)
print(repr(top).replace(__file__, "prog.py"))
