# gc.garbage with DEBUG_SAVEALL: unreachable objects are appended to gc.garbage instead of being
# freed (in the collector's list order), collect() still counts them; clearing gc.garbage
# makes them garbage again for the next collection. gc.garbage must be emptied in place:
# rebinding the name does not change the list the collector appends to.
import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

print("empty at start:", gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect())
print("gc.garbage:", gc.garbage)
print("still linked:", gc.garbage[0].other is gc.garbage[1])

lst = [1, 2]
lst.append(lst)
del lst
print("collected:", gc.collect(), "garbage now:", len(gc.garbage))

gc.set_debug(0)
print("objects in gc.garbage are not collected again:", gc.collect())
gc.garbage.clear()
print("after gc.garbage.clear():", gc.collect(), gc.garbage)

gc.set_debug(gc.DEBUG_SAVEALL)
c = Node("c")
c.me = c
del c
gc.collect()
original = gc.garbage
gc.garbage = []
d = Node("d")
d.me = d
del d
gc.collect()
print("after rebinding gc.garbage:", gc.garbage, "original:", original)
gc.garbage = original
gc.set_debug(0)
del original[:]
print("emptied in place, collect():", gc.collect())

gc.collect()
