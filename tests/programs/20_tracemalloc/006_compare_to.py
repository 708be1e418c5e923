# Snapshot.compare_to(old, key_type): one StatisticDiff per group of either snapshot, with the
# new size and count and their change (groups that vanished show size 0 and a negative change),
# sorted by |size change|, size, |count change|, count, traceback, largest first. Between the
# snapshots a collection empties the free lists, so the second phase allocates fresh blocks.
import gc
import tracemalloc


def fmt(stat):
    return str(stat).replace(__file__, "prog.py")


gc.collect()
tracemalloc.start()
stay = ["%d" % i for i in range(500, 700)]
goes = [b"g" * (100 + i) for i in range(50)]
grows = []
for i in range(30):
    grows.append(-i - 1000)
first = tracemalloc.take_snapshot()
gc.collect()
del goes
for i in range(100):
    grows.append(-i - 2000)
new_line = {"k%d" % i: i * 1000 for i in range(40)}
second = tracemalloc.take_snapshot()
tracemalloc.stop()

only_here = [tracemalloc.Filter(True, __file__)]
old = first.filter_traces(only_here)
new = second.filter_traces(only_here)
for key in ("lineno", "filename"):
    print("compare_to", key)
    for diff in new.compare_to(old, key):
        print(" ", fmt(diff))
print("cumulative:", [d.size_diff for d in new.compare_to(old, "lineno", cumulative=True)][:3])
print("the other way round:")
for diff in old.compare_to(new, "lineno")[:4]:
    print(" ", fmt(diff))
d = new.compare_to(old, "lineno")[0]
print(type(d).__name__, d.size, d.size_diff, d.count, d.count_diff)
print(repr(d).replace(__file__, "prog.py"))
same = new.compare_to(new, "filename")
print([(s.size_diff, s.count_diff) for s in same], fmt(same[0]))
