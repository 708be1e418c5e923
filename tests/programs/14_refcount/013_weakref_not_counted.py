# Weak references do not add to the refcount (kept separate: weakref may arrive later in mempy).
import sys
import weakref
class Thing:
    pass
x = Thing()
print(sys.getrefcount(x))
r = weakref.ref(x)
print(sys.getrefcount(x), r() is x)
r2 = weakref.ref(x)
print(sys.getrefcount(x), r2 is r, weakref.getweakrefcount(x))
del x
print(r(), r2())
