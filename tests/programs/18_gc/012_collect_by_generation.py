# gc.collect(generation): garbage that survived younger collections has moved to an older
# generation and is only found when that generation is collected.
import gc
gc.disable()
gc.collect()

class Node:
    pass

def cycle():
    a, b = Node(), Node()
    a.b, b.a = b, a
    return a

x = cycle()
x = None
print("young cycle, collect(0):", gc.collect(0))

x = cycle()
print("referenced, collect(0):", gc.collect(0))
x = None
print("now garbage in gen 1, collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))

x = cycle()
gc.collect(0)
gc.collect(1)
x = None
print("garbage in gen 2, collect(0):", gc.collect(0), "collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))

x = cycle()
gc.collect(1)
x = None
print("moved by collect(1) to gen 2, collect(1):", gc.collect(1), "collect():", gc.collect())

print("keyword argument:", gc.collect(generation=0), gc.collect(generation=2))
