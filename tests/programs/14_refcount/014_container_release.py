# Counts go back down as containers drop their references.
import sys
class Thing:
    pass
x = Thing()
holders = [[x] for _ in range(5)]
print("in 5 lists:", sys.getrefcount(x))
holders.pop()
print("popped one:", sys.getrefcount(x))
holders[0].clear()
print("cleared one:", sys.getrefcount(x))
holders = None
print("dropped all:", sys.getrefcount(x))
d = dict.fromkeys(range(3), x)
print("dict.fromkeys 3 values:", sys.getrefcount(x))
d.pop(0)
print("after pop:", sys.getrefcount(x))
del d
print("after del:", sys.getrefcount(x))
