# Snapshot.dump(path) writes the snapshot as a pickle (protocol 5, as CPython's tracemalloc does;
# mempy's pickle writes the same format, so either interpreter can load the other's file) and
# Snapshot.load(path) reads it back: same traces, same traceback limit, same statistics. The file
# is overwritten on every run (git-ignored).
import gc
import pickle
import tracemalloc

PATH = "_tmp_008_snapshot.pickle"


def work():
    return [("%d" % i) * 3 for i in range(100)], {i: [i] for i in range(50)}


gc.collect()
tracemalloc.start(3)
data = work()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
snap.dump(PATH)
back = tracemalloc.Snapshot.load(PATH)
print(type(back).__name__, type(back.traces).__name__, back.traceback_limit)
print(len(back.traces) == len(snap.traces), sorted(back.traces._traces) == sorted(snap.traces._traces))
print(back.statistics("lineno") == snap.statistics("lineno"))
print(back.statistics("traceback") == snap.statistics("traceback"))
for stat in back.statistics("lineno"):
    print(" ", str(stat).replace(__file__, "prog.py"))
print([d.size_diff for d in back.compare_to(snap, "lineno")])
trace = back.traces[0]
print(type(trace).__name__, trace.domain, type(trace.size).__name__, trace.traceback.total_nframe)
with open(PATH, "rb") as f:
    raw = f.read()
print(raw[:2], raw[2:3], raw[-1:], pickle.loads(raw).traceback_limit)
print(pickle.loads(pickle.dumps(back, 4)).statistics("filename") == snap.statistics("filename"))

empty = tracemalloc.Snapshot([], 1)
empty.dump(PATH)
print(len(tracemalloc.Snapshot.load(PATH).traces), tracemalloc.Snapshot.load(PATH).traceback_limit)
try:
    tracemalloc.Snapshot.load("_tmp_no_such_file.pickle")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
with open(PATH, "wb") as f:
    f.write(b"not a pickle")
try:
    tracemalloc.Snapshot.load(PATH)
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
with open(PATH, "wb") as f:
    f.write(b"")
try:
    tracemalloc.Snapshot.load(PATH)
except EOFError as e:
    print("EOFError:", e)
