# Self-referencing objects: an instance, a list, a dict and a set-holding instance that refer to
# themselves are found by gc.collect() (return value = number of unreachable objects freed).
# 3.11 instances keep their attributes inline (no separate __dict__ object): one object each.
import gc
import weakref
gc.disable()
gc.collect()

class Node:
    pass

n = Node()
n.me = n
r = weakref.ref(n)
del n
print("instance alive before collect:", r() is not None)
print("instance self-cycle:", gc.collect())
print("instance alive after collect:", r() is not None)

lst = []
lst.append(lst)
del lst
print("list self-cycle:", gc.collect())

d = {}
d["self"] = d
del d
print("dict self-cycle:", gc.collect())

lst = [1, 2, 3]
lst.append(lst)
lst.append(lst)
del lst
print("list holding itself twice:", gc.collect())

n = Node()
n.a = n
n.b = n
n.c = [n]
del n
print("instance + list attribute:", gc.collect())
print("nothing left:", gc.collect())
