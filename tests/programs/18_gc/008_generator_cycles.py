# Generators in cycles. A suspended or not-yet-started generator has a finalizer (it is closed
# during the collection); closing it clears its frame, which here breaks the cycle, so the
# objects are freed during finalization and gc.collect() does not count them (returns 0).
# An exhausted generator has already released its frame: no cycle is left, refcounting frees it.
import gc
import weakref
gc.disable()
gc.collect()

def holder(box):
    yield 1
    yield 2

box = []
g = holder(box)
box.append(g)
r = weakref.ref(g)
del g, box
print("unstarted generator <-> list:", gc.collect(), r())

box = []
g = holder(box)
box.append(g)
next(g)
r = weakref.ref(g)
del g, box
print("suspended generator <-> list:", gc.collect(), r())

def with_finally(box):
    try:
        yield 1
    finally:
        print("  finally ran during the collection")

box = []
g = with_finally(box)
box.append(g)
next(g)
del g, box
print("suspended in try/finally:", gc.collect())

box = []
g = holder(box)
box.append(g)
print(list(g))
r = weakref.ref(g)
del g, box
print("exhausted generator (cycle already gone):", gc.collect(), r())

class Owner:
    pass

o = Owner()
o.gen = (x for x in range(3))
o.me = o
del o
print("instance self-cycle holding a genexpr:", gc.collect())
