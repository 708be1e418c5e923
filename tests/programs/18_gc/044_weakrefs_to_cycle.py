# Weak references to objects in a cyclic garbage structure stay alive until the collection,
# and are all dead after gc.collect(); the weakref objects themselves (held elsewhere) survive.
# WeakValueDictionary / WeakSet entries for a cycle vanish at the same moment.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(a), weakref.ref(b), weakref.ref(c)]
proxy = weakref.proxy(b)
del a, b, c
print("before collect:", [r() is not None for r in refs], proxy.name)
print("collect:", gc.collect())
print("after collect:", [r() for r in refs])
try:
    proxy.name
except ReferenceError as e:
    print("proxy:", e)
print("weakref objects survive:", [type(r).__name__ for r in refs])

e, f = Node("e"), Node("f")
e.peer, f.peer = f, e
wvd = weakref.WeakValueDictionary({"e": e, "f": f})
ws = weakref.WeakSet([e, f])
del e, f
print("weak containers before:", sorted(wvd), len(ws))
gc.collect()
print("weak containers after:", sorted(wvd), len(ws))

# a weakref to an object in a cycle that is still reachable stays valid
d = Node("d")
d.me = d
rd = weakref.ref(d)
gc.collect()
print("reachable cycle:", rd() is d)
del d
gc.collect()
print("after it became garbage:", rd())
