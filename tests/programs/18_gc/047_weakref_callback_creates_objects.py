# Weakref callbacks that create or resurrect objects during a collection: a callback cannot
# reach the dead referent (ref() is None), but it may create new objects, including new cyclic
# garbage, which the next collection frees; objects the callback stores survive.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

saved = []
def rescue(ref):
    fresh = Node("replacement")
    fresh.me = fresh
    saved.append((ref(), fresh.name))

def make_garbage(ref):
    junk = Node("junk")
    junk.me = junk
    saved.append("junk made")

a = Node("a")
a.me = a
ra = weakref.ref(a, rescue)
b = Node("b")
b.me = b
rb = weakref.ref(b, make_garbage)
del a, b
print("first collect:", gc.collect())
print("saved:", saved)
print("second collect (junk + replacement):", gc.collect())

# a weakref whose callback drops the last reference to the weakref itself: the freed weakref
# object is added to the count of collect()
holder = {}
def forget(ref):
    del holder["r"]
c = Node("c")
c.me = c
holder["r"] = weakref.ref(c, forget)
del c
print("weakref freed in its own callback, collect:", gc.collect(), holder)

d = Node("d")
d.me = d
holder["r"] = weakref.ref(d, lambda ref: None)
del d
print("weakref kept, collect:", gc.collect(), len(holder))
