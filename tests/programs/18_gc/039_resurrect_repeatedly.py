# A finalizer that tries to resurrect its object every time: __del__ runs only on the first
# death (the FINALIZED flag stays set), whether the object dies by refcounting or in a cycle.
# Weakrefs to it survive a resurrection by refcounting but not one during a collection.
import gc
import weakref
gc.disable()
gc.collect()

keeper = []
calls = []

class Stubborn:
    def __del__(self):
        calls.append(len(calls) + 1)
        keeper.append(self)

s = Stubborn()
r = weakref.ref(s)
del s
# resurrected by refcounting: its weakrefs are cleared only after __del__, so they still work
print("after the first death, weakref alive:", r() is keeper[0])
for i in range(5):
    keeper.clear()
print("refcount deaths: __del__ calls", calls, "weakref alive:", r() is not None)

del calls[:]
t = Stubborn()
t.me = t
r = weakref.ref(t)
del t
for i in range(5):
    n = gc.collect()
    print("  collection", i + 1, "->", n, "kept:", len(keeper), "weakref alive:", r() is not None)
    keeper.clear()
# in a collection weakrefs are cleared before __del__ runs: dead although resurrected
print("cycle deaths: __del__ calls", calls, "weakref alive:", r() is not None)

# a fresh object each time: every one is finalized once
del calls[:]
class Chain:
    def __del__(self):
        calls.append(len(calls) + 1)
        if len(calls) < 5:
            keeper.append(Chain())
Chain()
while keeper:
    keeper.pop()
print("chain of new objects:", calls)
