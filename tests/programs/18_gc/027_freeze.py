# gc.freeze / gc.unfreeze / gc.get_freeze_count: freeze moves every tracked object into the
# permanent generation (collections ignore it; get_objects does not list it); unfreeze moves
# them back into the oldest generation. Only deltas of the freeze count are printed.
import gc
gc.disable()
gc.collect()

class Node:
    pass

# nothing is printed between freezes: printing may allocate tracked objects (stdout buffers)
result = gc.freeze()
before = gc.get_freeze_count()
e0, e1, e2 = gc.get_objects(0) == [], gc.get_objects(1) == [], gc.get_objects(2) == []
objs = [Node(), Node(), Node()]
gc.freeze()
grown = gc.get_freeze_count() - before
print("freeze() returns:", result)
print("generations empty after freeze:", e0, e1, e2)
print("freeze count grew by (a list and 3 instances):", grown)
print("get_objects() lists a frozen object:", any(o is objs for o in gc.get_objects()))

a, b = Node(), Node()
a.b, b.a = b, a
gc.freeze()
del a, b
print("frozen cycle, collect():", gc.collect())

print("unfreeze() returns:", gc.unfreeze(), "count:", gc.get_freeze_count())
print("back in generation 2:", any(o is objs for o in gc.get_objects(2)))
print("the cycle is garbage again:", gc.collect())

c = Node()
c.me = c
gc.freeze()
gc.unfreeze()
del c
print("freeze + unfreeze, then collect(0):", gc.collect(0), "collect(2):", gc.collect(2))
gc.freeze()
gc.freeze()
n = gc.get_freeze_count()
gc.freeze()
print("repeated freeze adds nothing new:", gc.get_freeze_count() - n)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
