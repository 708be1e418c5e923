# A __del__ that builds new cyclic garbage while the collector runs: the new objects are not
# part of the current collection (they are young, reachable from nowhere only afterwards);
# the next collection finds them, runs their own __del__ once, and so on.
import gc
gc.disable()
gc.collect()

class Spawner:
    def __init__(self, depth):
        self.depth = depth
        self.me = self
    def __del__(self):
        print("  __del__ depth", self.depth)
        if self.depth < 3:
            child = Spawner(self.depth + 1)
            child.extra = [child]

Spawner(0)
for i in range(5):
    print("collection", i + 1, "->", gc.collect())

class Pair:
    def __del__(self):
        a, b = [], []
        a.append(b)
        b.append(a)
        print("  made a list cycle")

p = Pair()
p.me = p
del p
print("instance with __del__:", gc.collect())
print("its list cycle:", gc.collect())
