# sys.getallocatedblocks() counts the allocator's live blocks exactly: it moves by one per small
# object, by two for a list with an item buffer, and what stays after `del` is what the free
# lists keep. A full collection empties the free lists (CPython 3.11 clears them after a
# generation-2 collection), so each measurement starts from the same state; the free-list counts
# of sys._debugmallocstats() are then read back through a pipe.
import gc
import os
import sys

gc.disable()


def delta(label, make):
    gc.collect()
    before = sys.getallocatedblocks()
    keep = make()
    during = sys.getallocatedblocks()
    del keep
    after = sys.getallocatedblocks()
    # the two ints holding `before` and `during` are blocks too
    print("%-34s +%d while alive, +%d after del" % (label, during - before, after - before))


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


class Slot:
    __slots__ = ("a",)


delta("nothing", lambda: None)
delta("1000 object()", lambda: [object() for _ in range(1000)])
delta("[None] * 10000", lambda: [None] * 10000)
delta("bytearray(10**6)", lambda: bytearray(10**6))
delta("1000 floats", lambda: [float(i) for i in range(1000)])
delta("1000 ints above 256", lambda: [i + 1000 for i in range(1000)])
delta("1000 small ints", lambda: [i % 256 for i in range(1000)])
delta("100 empty dicts", lambda: [{} for _ in range(100)])
delta("100 one-key dicts", lambda: [{"a": i} for i in range(100)])
delta("100 instances with 2 attributes", lambda: [Point() for _ in range(100)])
delta("100 __slots__ instances", lambda: [Slot() for _ in range(100)])
delta("100 strings", lambda: [str(i) * 3 for i in range(100, 200)])
delta("100 pairs", lambda: [(i, i) for i in range(100)])
delta("100 one-item lists", lambda: [[i] for i in range(100)])
delta("100 sets", lambda: [set() for _ in range(100)])
delta("a 100 000-character str", lambda: "x" * 100000)
delta("10 ** 10000", lambda: 10**10000)


def free_lists():
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(saved)
    os.close(w)
    report = os.read(r, 1 << 20).decode("ascii")
    os.close(r)
    counts = {}
    for line in report.split("\n"):
        words = line.split()
        if len(words) > 2 and words[1] == "free":
            counts[words[2]] = int(words[0])
    return counts


gc.collect()
base = free_lists()
print("after a full collection, all but the capture's own are empty:",
      sorted(k for k, v in base.items() if v))
floats = [float(i) for i in range(7)]
lists = [[i] for i in range(3)]
dicts = [{"k": i} for i in range(4)]
triples = [(i, i, i) for i in range(5)]
del floats, lists, dicts, triples
now = free_lists()
print("7 floats, 3 + 1 lists, 4 dicts, 5 triples freed:",
      [(k, now[k] - base[k]) for k in ("PyFloatObjects", "PyListObjects", "PyDictObjects",
                                       "3-sized")])
many = [float(i) for i in range(500)]
del many
print("the float free list is capped at 100:", free_lists()["PyFloatObjects"])
many = [[] for i in range(500)]
del many
print("the list free list is capped at 80:", free_lists()["PyListObjects"])
many = [{} for i in range(500)]
del many
print("the dict free list is capped at 80:", free_lists()["PyDictObjects"])
many = [(i,) for i in range(2500)]
del many
print("a tuple free list is capped at 2000:", free_lists()["1-sized"])
gc.collect()
print("a full collection empties them:",
      [free_lists()[k] for k in ("PyFloatObjects", "PyListObjects", "PyDictObjects")])
