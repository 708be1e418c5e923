# A class attribute is a reference held by the class namespace.
import sys
class Thing:
    pass
x = Thing()
class H:
    attr = x
print("class attribute + global:", sys.getrefcount(x))
H.other = x
print("second class attribute:", sys.getrefcount(x))
del H.attr
print("after del H.attr:", sys.getrefcount(x))
h = H()
print("instance lookup does not add a ref:", sys.getrefcount(x), h.other is x)
