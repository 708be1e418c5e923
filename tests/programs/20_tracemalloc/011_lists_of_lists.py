# The check of issue 4: 10 000 lists of `[i] * 100` show the same size and count per line as
# python3, because every block has CPython 3.11's size: a list object is 56 bytes (40 + the GC
# head), its item array 8 bytes per slot (800 here), an int of one digit 32 bytes as
# PyLong_FromLong makes it (ints below 257 are cached, not allocated), and the outer list's
# array grows by CPython's rule. The temporary [i] list comes from and returns to the list free
# list, leaving no trace. The loop version is the memory guide's example (its
# stat.traceback.frames[0] fixed to stat.traceback[0]).
import gc
import linecache
import tracemalloc


def memory_profiling_example():
    tracemalloc.start()
    snapshot1 = tracemalloc.take_snapshot()
    data = []
    for i in range(10000):
        data.append([i] * 100)
    snapshot2 = tracemalloc.take_snapshot()
    only_here = [tracemalloc.Filter(True, __file__)]
    top_stats = snapshot2.filter_traces(only_here).compare_to(
        snapshot1.filter_traces(only_here), "lineno")
    print("Top memory allocations:")
    for index, stat in enumerate(top_stats[:10], 1):
        print(f"{index}. {stat}".replace(__file__, "prog.py"))
        frame = stat.traceback[0]
        print(f"   {linecache.getline(frame.filename, frame.lineno).strip()}")
    tracemalloc.stop()
    return len(data)


gc.collect()
print(memory_profiling_example())

gc.collect()
tracemalloc.start()
data = [[i] * 100 for i in range(10000)]
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
    print(str(stat).replace(__file__, "prog.py"))
    print(repr(stat).replace(__file__, "prog.py"))
sizes = {}
for trace in snapshot.traces:
    if trace.traceback[0].filename == __file__:
        sizes[trace.size] = sizes.get(trace.size, 0) + 1
print(sorted(sizes.items()))
for line in snapshot.statistics("lineno")[0].traceback.format():
    print(line.replace(__file__, "prog.py"))
