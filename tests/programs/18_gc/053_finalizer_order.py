# Finalizers of one garbage set run in the collector's list order, which is not always creation
# order: (1) an object that a collection first thought unreachable and then found through a
# container is moved behind the objects already scanned; (2) a collection of generation g
# appends generation 0, then 1, ..., g-1 behind generation g's own list: for collect(2) the
# order is gen 2, then gen 0, then gen 1.
import gc
gc.disable()
gc.collect()

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

x = F("x (only in a list)")
y = F("y")
holder = [x]
del x
z = F("z")
gc.collect(0)
ring = [holder, y, z]
holder.append(ring)
del holder, y, z, ring
print("rescued object moved behind:", gc.collect())

old = F("old (gen 2)")
gc.collect()
middle = F("middle (gen 1)")
gc.collect(0)
young = F("young (gen 0)")
old.next, middle.next, young.next = middle, young, old
del old, middle, young
print("three generations, collect(2):", gc.collect())

a = F("a (gen 1)")
gc.collect(0)
b = F("b (gen 0)")
a.next, b.next = b, a
del a, b
print("collect(1):", gc.collect(1))
