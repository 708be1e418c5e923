# An instance attribute holds one reference.
import sys
class Thing:
    pass
class Holder:
    pass
x = Thing()
o = Holder()
o.a = x
print("instance attribute + global:", sys.getrefcount(x))
o.b = x
print("two attributes:", sys.getrefcount(x))
o2 = Holder()
o2.a = x
print("another instance:", sys.getrefcount(x))
del o.a
o.b = None
print("after del/rebind:", sys.getrefcount(x))
del o2
print("after dropping the other instance:", sys.getrefcount(x))
class Slotted:
    __slots__ = ("s",)
sl = Slotted()
sl.s = x
print("__slots__ attribute:", sys.getrefcount(x))
