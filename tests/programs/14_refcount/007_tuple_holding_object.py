# Tuples hold references to their items.
import sys
class Thing:
    pass
x = Thing()
t = (x, x)
print("(x, x):", sys.getrefcount(x))
t2 = (x,)
print("plus (x,):", sys.getrefcount(x))
t3 = (t, t2)
print("nesting tuples does not add refs to x:", sys.getrefcount(x), sys.getrefcount(t))
del t, t2, t3
print("after del:", sys.getrefcount(x))
