# Two-node cycles between instances (a.other = b, b.other = a): reference counting alone cannot
# free them; gc.collect() finds both (returns 2), and the objects reachable only from the cycle.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra, rb = weakref.ref(a), weakref.ref(b)
del a
print("after del a:", ra() is not None, rb() is not None)
del b
print("after del b:", ra() is not None, rb() is not None)
print("collected:", gc.collect())
print("after collect:", ra(), rb())

# one survivor keeps the whole cycle alive
a = Node("a")
b = Node("b")
a.other = b
b.other = a
keep = a
del a, b
print("cycle still referenced:", gc.collect(), keep.other.other is keep)
del keep
print("now unreferenced:", gc.collect())

# a tail hanging off the cycle (a -> b -> a, b -> [t1, t2]) is freed with it
a = Node("a")
b = Node("b")
a.other = b
b.other = a
b.tail = [Node("t1"), Node("t2")]
del a, b
print("cycle with a 3-object tail:", gc.collect())
