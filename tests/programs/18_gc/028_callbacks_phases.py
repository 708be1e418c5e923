# gc.callbacks: each callback is called as cb(phase, info) with phase "start" then "stop";
# info has the keys generation, collected, uncollectable (0 at "start"). Callbacks run in list
# order, for manual and automatic collections; gc.collect() inside a callback does nothing.
import gc
gc.disable()
gc.collect()

log = []
def first(phase, info):
    log.append(("first", phase, info))
def second(phase, info):
    log.append(("second", phase, dict(info)))

gc.callbacks.append(first)
gc.callbacks.append(second)

class Node:
    pass

a, b = Node(), Node()
a.b, b.a = b, a
del a, b
n = gc.collect(1)
for entry in log:
    print(entry)
print("returned:", n, "info is a new dict per phase:", log[0][2] is not log[2][2])
print("keys in order:", list(log[2][2]))

del log[:]
gc.collect(0)
print("collect(0):", [(who, phase, info["generation"], info["collected"]) for who, phase, info in log])

def nested(phase, info):
    log.append(("nested", phase, gc.collect()))
gc.callbacks.insert(0, nested)
del log[:]
gc.collect(2)
print("gc.collect() inside a callback returns:", [e for e in log if e[0] == "nested"])
gc.callbacks.remove(nested)

# an automatic collection reports generation 0 (one collection: about 50 allocations after a
# collection, then fewer than 50 more)
gc.collect()
del log[:]
gc.set_threshold(50)
gc.enable()
keep = [Node() for i in range(60)]
gc.disable()
gc.set_threshold(700)
print("automatic:", [(who, phase, info["generation"]) for who, phase, info in log])
gc.callbacks.clear()
print("callbacks cleared:", gc.callbacks)
