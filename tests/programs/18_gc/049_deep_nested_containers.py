# Dealloc safety: 10**5-deep nested lists, tuples and dicts are freed by refcounting without
# recursion overflow, and a deeply nested structure that closes a cycle is freed by gc.collect().
import gc

x = []
for i in range(10 ** 5):
    x = [x]
del x
print("nested lists freed")

t = ()
for i in range(10 ** 5):
    t = (t, i)
del t
print("nested tuples freed")

d = {}
for i in range(10 ** 5):
    d = {"child": d}
del d
print("nested dicts freed")

s = frozenset()
for i in range(10 ** 4):
    s = frozenset([s])
del s
print("nested frozensets freed")

gc.disable()
gc.collect()
root = []
x = root
for i in range(10 ** 5):
    y = []
    x.append(y)
    x = y
x.append(root)
del root, x, y
print("deep list cycle, collect:", gc.collect())
gc.enable()
print("done")
