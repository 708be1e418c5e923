# Resurrection (PEP 442): a __del__ that stores self in a global keeps the object alive;
# collect() does not count it; is_finalized() turns True; when it becomes garbage again it is
# freed without a second __del__. Objects reachable from the resurrected one survive too.
# Weak references to it were already cleared before __del__ ran: they stay dead.
import gc
import weakref
gc.disable()
gc.collect()

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
        graveyard.append(self)

p = Phoenix("p")
p.me = p
p.data = [1, 2, 3]
r = weakref.ref(p)
del p
print("collect:", gc.collect(), "weakref dead:", r() is None, "in graveyard:", len(graveyard))
q = graveyard[0]
print("finalized:", gc.is_finalized(q), "data kept:", q.data)
del q
graveyard.clear()
print("garbage again (instance + list), collect:", gc.collect())

# one member of a cycle resurrects: the whole cycle survives (everything it reaches)
a, b = Phoenix("a"), Phoenix("b")
a.peer, b.peer = b, a
del a, b
n = gc.collect()
print("cycle, collect:", n, "graveyard:", [o.name for o in graveyard])
print("finalized:", [gc.is_finalized(o) for o in graveyard])
graveyard.clear()
print("garbage again:", gc.collect())

# resurrection under plain refcounting
c = Phoenix("c")
del c
print("after del, graveyard:", [o.name for o in graveyard])
graveyard.clear()
print("dropped again: no second __del__")
