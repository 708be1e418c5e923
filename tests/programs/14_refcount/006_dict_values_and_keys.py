# Dict values count once per entry; a key counts once.
import sys
class Thing:
    pass
x = Thing()
d = {"a": x, "b": x}
print("two values:", sys.getrefcount(x))
del d
k = Thing()
d2 = {k: 1}
print("as a key:", sys.getrefcount(k))
d2[k] = 2
print("key re-assigned:", sys.getrefcount(k))
d2[k] = k
print("key and value:", sys.getrefcount(k))
d2.clear()
print("after clear:", sys.getrefcount(k))
