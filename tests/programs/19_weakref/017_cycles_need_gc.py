# Referents in reference cycles die only when the cycle collector runs: their weakrefs are
# cleared and callbacks run during gc.collect() (each sees its ref already dead); a weakref
# that is itself part of the garbage never calls back; weak containers and finalizers follow.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def cycle(name):
    a, b = Node(name + "a"), Node(name + "b")
    a.other, b.other = b, a
    return a


gc.disable()
log = []
a = cycle("x")
r = weakref.ref(a, lambda w: log.append(("ref", w())))
p = weakref.proxy(a.other, lambda w: log.append("proxy"))
fin = weakref.finalize(a, log.append, "finalize")
d = weakref.WeakValueDictionary({"a": a, "b": a.other})
k = weakref.WeakKeyDictionary({a: 1})
s = weakref.WeakSet([a, a.other])
del a
print(r() is not None, len(d), len(k), len(s), fin.alive, log)
print(gc.collect() >= 2)
print(r(), len(d), len(k), len(s), fin.alive, sorted(map(str, log)))
try:
    p.name
except ReferenceError as e:
    print(e)

# a weakref stored inside the garbage itself: no callback
log.clear()
c = cycle("y")
c.self_ref = weakref.ref(c, lambda w: log.append("garbage ref"))
outside = weakref.ref(c.other, lambda w: log.append("outside ref"))
del c
gc.collect()
print(log, outside())

# the callback may not see the dead object, even through another weakref
seen = []
e = cycle("z")
e_ref = weakref.ref(e)
watch = weakref.ref(e.other, lambda w: seen.append(e_ref()))
del e
gc.collect()
print(seen)
gc.enable()
