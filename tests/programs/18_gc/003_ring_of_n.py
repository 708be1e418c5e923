# Rings of N instances (node i -> node i+1, last -> first) for several N: gc.collect() returns N,
# whatever the link order; a ring whose members are also in an external list survives.
import gc
gc.disable()
gc.collect()

class Node:
    pass

def make_ring(n):
    nodes = [Node() for _ in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes

for n in (1, 3, 10, 100, 5000):
    make_ring(n)
    print("ring of", n, "->", gc.collect())

# backward links as well (doubly linked ring): still one object per node
nodes = make_ring(50)
for i in range(50):
    nodes[i].prev = nodes[i - 1]
del nodes
print("doubly linked ring of 50 ->", gc.collect())

# a ring kept alive from outside, then released
keep = make_ring(7)
print("referenced ring ->", gc.collect())
keep = None
print("released ring ->", gc.collect())

# two rings joined by one link: both go together
r1 = make_ring(4)
r2 = make_ring(6)
r1[0].bridge = r2[0]
del r1, r2
print("two joined rings ->", gc.collect())
