# Instances under tracemalloc, after the memory guide's __slots__ example: a plain instance is a
# 56-byte block (GC head, managed-dict pre-header, header, __weakref__ slot) plus its values
# array (sized from the class's shared keys, so it shrinks as instances accumulate), a 2-slot
# instance one 48-byte block. Calling a class packs its arguments into a tuple in CPython 3.11;
# the warm-up leaves such tuples in the free list before tracing starts, so no line owns one.
import gc
import tracemalloc


class RegularPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlottedPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def measure(cls):
    gc.collect()
    cls(0, 0)  # warm-up: untraced 2-tuples in the free list
    warm = [(i, i) for i in range(3)]
    del warm
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()
    points = [cls(i, i) for i in range(10000)]
    after = tracemalloc.get_traced_memory()
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    print(cls.__name__, after[0] - before[0])
    for stat in snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
        print(" ", str(stat).replace(__file__, "prog.py"))
    sizes = {}
    for trace in snap.traces:
        if trace.traceback[0].filename == __file__:
            sizes[trace.size] = sizes.get(trace.size, 0) + 1
    print(" ", sorted(sizes.items())[:8])
    return points


regular = measure(RegularPoint)
slotted = measure(SlottedPoint)
print(len(regular), len(slotted))
