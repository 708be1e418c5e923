# Finalizers that mutate shared containers during a collection: removing other garbage objects
# from a registry, appending to a list being used by other finalizers, clearing attributes of
# a peer that is also being finalized. Each __del__ still runs once; everything is freed.
import gc
import weakref
gc.disable()
gc.collect()

registry = {}
log = []

class Member:
    def __init__(self, name):
        self.name = name
        registry[name] = weakref.ref(self)
    def __del__(self):
        others = sorted(k for k in registry if k != self.name)
        log.append(self.name + " sees [" + ",".join(others) + "]")
        registry.pop(self.name, None)
        if others:
            registry.pop(others[0], None)

ms = [Member("m%d" % i) for i in range(4)]
for i in range(4):
    ms[i].next = ms[(i + 1) % 4]
del ms
print("collect:", gc.collect())
for line in log:
    print(" ", line)
print("registry:", registry)

class Clearer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        peer = self.__dict__.get("peer")
        print("  __del__", self.__dict__.get("name", "(attributes cleared)"),
              "peer:", None if peer is None else peer.__dict__.get("name"))
        if peer is not None:
            peer.__dict__.clear()

a, b = Clearer("a"), Clearer("b")
a.peer, b.peer = b, a
wa = weakref.ref(a)
del a, b
# a's __del__ empties b, which breaks the cycle during finalization: nothing is left to count
print("collect:", gc.collect(), "freed:", wa() is None)

bucket = []
class Appender:
    def __del__(self):
        bucket.append(len(bucket))
        bucket.append(self.__class__.__name__)

x = [Appender() for i in range(3)]
x.append(x)
del x
print("collect:", gc.collect(), "bucket:", bucket)
