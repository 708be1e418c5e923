# sys.getrefcount(expr) of a brand-new object: only the call's own argument holds it -> 1.
import sys
class Thing:
    pass
print(sys.getrefcount(Thing()))
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(object()))
print(sys.getrefcount([1, 2, 3]), sys.getrefcount(Thing().__class__) > 1)
