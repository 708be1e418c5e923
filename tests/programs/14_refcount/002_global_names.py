# A module-level (global) name holds one reference; each alias adds one; del removes one.
import sys
class Thing:
    pass
x = Thing()
print("x = Thing():", sys.getrefcount(x))
y = x
print("y = x:", sys.getrefcount(x))
z = y
print("z = y:", sys.getrefcount(x))
del y
print("del y:", sys.getrefcount(x))
z = None
print("z = None:", sys.getrefcount(x))
lst = []
print("empty list global:", sys.getrefcount(lst))
