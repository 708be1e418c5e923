# Benchmark: build and drop many reference cycles of class instances; only the cycle GC reclaims them.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []

def make_cycle(i):
    a = Node(i)
    b = Node(i + 1)
    c = Node(i + 2)
    a.peer = b
    b.peer = c
    c.peer = a
    a.children.append(c)
    c.children.append(b)
    return a.value + b.value + c.value

def make_self_loop(i):
    n = Node(i)
    n.peer = n
    n.children.append(n)
    return n.value

gc.enable()
total = 0
for i in range(320_000):
    total += make_cycle(i)
    total += make_self_loop(i)
print(total)
print(gc.isenabled())
collected = gc.collect()
print("leftover cycles collected at the end:", collected >= 0)
