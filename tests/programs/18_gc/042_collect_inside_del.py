# gc.collect() called from a __del__: during a collection the nested call does nothing and
# returns 0 (the collector is already running); under refcounting it is a full collection.
import gc
gc.disable()
gc.collect()

results = []

class Collector:
    def __del__(self):
        results.append(gc.collect())

class Node:
    pass

c = Collector()
c.me = c
junk = Node()
junk.me = junk
del c, junk
print("outer collect:", gc.collect(), "nested results:", results)

del results[:]
junk = Node()
junk.me = junk
del junk
c = Collector()
del c
print("refcount __del__: nested collect found", results)

del results[:]
def with_callback(phase, info):
    results.append((phase, info["generation"]))
gc.callbacks.append(with_callback)
c = Collector()
c.me = c
del c
gc.collect(0)
gc.callbacks.remove(with_callback)
print("callbacks of the outer collection only:", results)
