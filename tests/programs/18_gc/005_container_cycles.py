# Cycles through built-in containers: list <-> list, a tuple holding a list that holds the
# tuple, dict values, a set holding an instance that refers back to the set, a frozenset member.
import gc
gc.disable()
gc.collect()

class Box:
    pass

a, b = [], []
a.append(b)
b.append(a)
del a, b
print("list <-> list:", gc.collect())

lst = []
t = (1, lst, "x")
lst.append(t)
del t, lst
print("tuple <-> list:", gc.collect())

d1, d2 = {}, {}
d1["k"] = d2
d2["k"] = d1
del d1, d2
print("dict <-> dict:", gc.collect())

d = {"items": [1, 2]}
d["items"].append(d)
del d
print("dict -> list -> dict:", gc.collect())

s = set()
box = Box()
box.owner = s
s.add(box)
del s, box
print("set <-> instance:", gc.collect())

box = Box()
box.fs = frozenset([box, 1, 2])
del box
print("frozenset <-> instance:", gc.collect())

box = Box()
box.key = {box: (box,)}
del box
print("instance as dict key and in a value tuple:", gc.collect())

outer = [[[]]]
outer[0][0].append(outer)
del outer
print("3 nested lists closing the loop:", gc.collect())
