# Free-list subtlety of count0 (CPython 3.11): a list or dict freed into its free list (at most
# 80 of each) does not decrement count0, and one taken back from the free list does not
# increment it. Instances have no free list: every allocation and deallocation counts.
# A full collection empties the free lists. Counts are printed only at the end.
import gc
gc.disable()

class C:
    pass

def count0():
    return gc.get_count()[0]

gc.collect()
count0()  # warm-up (see 013): later reads reuse one tuple from the tuple free list
out = []  # ints only: storing tuples here would itself allocate
base = count0()
a = []
b = []
c = []
out.append(count0() - base)
del a, b, c
out.append(count0() - base)
a = []
b = []
out.append(count0() - base)
del a, b

gc.collect()
count0()
base = count0()
d1 = {}
d2 = {"k": 1}
out.append(count0() - base)
del d1, d2
out.append(count0() - base)
d1 = {}
out.append(count0() - base)
del d1

gc.collect()
count0()
base = count0()
outer = []
for i in range(100):
    outer.append([])
out.append(count0() - base)
del outer
out.append(count0() - base)

gc.collect()
count0()
base = count0()
objs = []
for i in range(10):
    objs.append(C())
out.append(count0() - base)
del objs
out.append(count0() - base)
labels = ["3 new lists", "freed into the free list", "2 lists from the free list",
          "2 new dicts", "freed into the free list", "1 dict from the free list",
          "101 new lists", "after freeing them (80 fit in the free list)",
          "1 list + 10 instances", "freed (the list is free-listed)"]
for i in range(len(out)):
    print(labels[i] + ":", out[i])
