# __del__ of objects in cycles (PEP 442): the collector calls each finalizer exactly once, in
# its unreachable-list order (here: creation order), before breaking the cycle; nothing ends up
# in gc.garbage. Objects without __del__ in the same cycle are freed with the others.
import gc
gc.disable()
gc.collect()

class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "sees peer:", self.peer.name)

class Plain:
    name = "plain"

a, b = Fin("a"), Fin("b")
a.peer, b.peer = b, a
del a, b
print("two-node cycle:", gc.collect(), gc.garbage)

nodes = [Fin("n%d" % i) for i in range(5)]
for i in range(5):
    nodes[i].peer = nodes[(i + 1) % 5]
del nodes
print("ring of 5:", gc.collect())

nodes = [Fin("m%d" % i) for i in range(4)]
for i in range(4):
    nodes[i].peer = nodes[i - 1]
del nodes
print("ring of 4 linked backwards:", gc.collect())

x = Fin("x")
p = Plain()
x.peer = p
p.peer = x
del x, p
print("mixed cycle:", gc.collect())

s = Fin("self")
s.peer = s
del s
print("self-cycle:", gc.collect())
print("again:", gc.collect())
