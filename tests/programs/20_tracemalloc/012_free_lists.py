# Objects recycled through CPython's free lists (float, list, dict, tuple) are not new blocks:
# they get no new trace, but a block that had one takes the traceback of the line that reuses
# it (CPython's _PyTraceMalloc_NewReference); a block allocated before tracing stays untraced.
# A full collection empties the free lists.
import gc
import tracemalloc


def line_of(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return None if tb is None else tb[0].lineno


before = [1.5 * len("x")]  # a float (and list) made before tracing
del before
tracemalloc.start()
f1 = 2.5 * len("xy")  # reuses the float freed above: untraced
print("float from the free list, made before tracing:", line_of(f1))
gc.collect()  # empties the free lists
f2 = 3.5 * len("xy")
print("fresh float:", line_of(f2))
keep = f2
del f2
print("still the same block:", line_of(keep))
del keep
f3 = 4.5 * len("xy")
print("reused float, retraced:", line_of(f3))

l1 = [1, 2, 3]
d1 = {"a": len("a")}
t1 = (len("a"), 2)
print("fresh:", line_of(l1), line_of(d1), line_of(t1))
del l1, d1, t1
l2 = [4]
d2 = {}
t2 = (len("b"), 3)
print("reused:", line_of(l2), line_of(d2), line_of(t2))

snap = tracemalloc.take_snapshot()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted((s.traceback[0].lineno, s.count) for s in mine.statistics("lineno")))
tracemalloc.stop()
