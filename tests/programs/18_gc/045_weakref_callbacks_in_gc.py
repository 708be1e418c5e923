# Weakref callbacks during a collection: a callback runs only if the weakref object itself is
# still reachable (a weakref that is part of the garbage, e.g. stored in the cycle, never calls
# back); callbacks run after all weakrefs to the garbage are cleared, so inside a callback every
# weakref to the cycle is already dead; several callbacks on one object run newest first.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

log = []
labels = {}  # id(weakref) -> label; ints, so the weakrefs are not kept reachable from here

def cb(ref):
    log.append((labels[id(ref)], ref(), [r() for r in watch]))

def labelled(obj, label):
    ref = weakref.ref(obj, cb)
    labels[id(ref)] = label
    return ref

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
watch = [weakref.ref(a), weakref.ref(b)]
outside = labelled(a, "outside-a")
outside2 = labelled(b, "outside-b")
newest = labelled(a, "newest-a")
a.inside = labelled(b, "inside-a->b")
b.inside = labelled(a, "inside-b->a")
del a, b
print("collect (2 nodes + the 2 weakrefs stored in them):", gc.collect())
for entry in log:
    print(" ", entry)

# the callback receives the (dead) weakref object it was registered with
del log[:]
seen = []
c = Node("c")
c.me = c
rc = weakref.ref(c, lambda r: seen.append(r is rc))
del c
gc.collect()
print("callback got its own weakref:", seen)

# a callback-carrying weakref whose referent is reachable is left alone
keep = Node("keep")
keep.me = keep
rk = weakref.ref(keep, lambda r: seen.append("never"))
gc.collect()
print("reachable referent, callbacks:", seen)
del keep, rk
gc.collect()
print("weakref dropped before the referent died:", seen)
