# gc.get_count() = (count0, count1, count2): count0 is net allocations of tracked-type objects
# since the last collection (deallocations subtract), count1 counts gen-0 collections since the
# last gen-1 collection, count2 gen-1 collections since the last gen-2 collection.
# Counts are read with count0() and printed only at the end: printing allocates (stdout buffers).
import gc
gc.disable()

class C:
    pass

def count0():
    return gc.get_count()[0]

gc.collect()
results = []
count0()  # warm-up: the result tuple now comes from the tuple free list
base = count0()
a = C()
b = C()
c = C()
results.append(count0() - base)
del a
results.append(count0() - base)
del b, c
results.append(count0() - base)
keep = []
for i in range(25):
    keep.append(C())
results.append(count0() - base)
del keep
results.append(count0() - base)
x = 1.5
y = "text" * 3
z = 10 ** 30
results.append(count0() - base)
print("3 instances, del 1, del 2, +list+25, del all, atomics:", results)

gc.collect()
print("after collect():", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
gc.collect(0)
print("after 3 x collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(0)
gc.collect(1)
print("after collect(0), collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
for i in range(12):
    gc.collect(0)
print("after 12 x collect(0) (no automatic gen-1 while counting manually):", gc.get_count())
for i in range(11):
    gc.collect(1)
print("after 11 x collect(1):", gc.get_count())
gc.collect()
