# A bound method holds its instance; functions are referenced by their module globals.
import sys
class Thing:
    def method(self):
        return self
t = Thing()
print("instance:", sys.getrefcount(t))
m = t.method
print("bound method holds self:", sys.getrefcount(t))
m2 = t.method
print("each bound method is a new object:", sys.getrefcount(t), m is m2, m == m2)
del m, m2
print("methods dropped:", sys.getrefcount(t))
def func():
    pass
print("function in globals:", sys.getrefcount(func))
handlers = [func, func]
print("function in a list twice:", sys.getrefcount(func))
print("type referenced by its instance:", sys.getrefcount(Thing) > 2)
