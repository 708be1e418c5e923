# gc.get_stats(): one dict per generation with cumulative 'collections', 'collected' and
# 'uncollectable'. Only differences between two snapshots are printed.
import gc
gc.disable()
gc.collect()

def delta(before, after):
    return [{k: after[g][k] - before[g][k] for k in after[g]} for g in range(3)]

class Node:
    pass

def cycles(n):
    for i in range(n):
        a, b = Node(), Node()
        a.b, b.a = b, a

stats = gc.get_stats()
print("shape:", type(stats).__name__, len(stats), [sorted(s) for s in stats])
print("keys in order:", list(stats[0]))

s0 = gc.get_stats()
cycles(3)
gc.collect(0)
s1 = gc.get_stats()
print("collect(0) with 3 two-node cycles:", delta(s0, s1))

cycles(2)
gc.collect(1)
s2 = gc.get_stats()
print("collect(1) with 2 cycles:", delta(s1, s2))

cycles(5)
gc.collect()
s3 = gc.get_stats()
print("collect(2) with 5 cycles:", delta(s2, s3))

gc.collect()
gc.collect()
s4 = gc.get_stats()
print("two empty full collections:", delta(s3, s4))

# automatic collections are counted too: from count0 = 0, with threshold 100, the list and
# 1050 instances trigger a gen-0 collection at the 101st allocation and every 101 after
s4 = gc.get_stats()
gc.collect(0)
gc.set_threshold(100)
gc.enable()
keep = []
for i in range(1050):
    keep.append(Node())
gc.disable()
gc.set_threshold(700)
s5 = gc.get_stats()
print("automatic gen-0 collections while allocating 1050 instances:", delta(s4, s5)[0]["collections"] - 1)
print("a new list each call:", gc.get_stats() is not gc.get_stats())
