# Sizes of function objects, bound methods and closure cells.
import sys
def f():
    pass
def g(a, b=1, *args, **kwargs):
    "doc"
    return a
lam = lambda: 0
print("function", sys.getsizeof(f), sys.getsizeof(g), "lambda", sys.getsizeof(lam))
class C:
    def m(self):
        pass
print("bound method", sys.getsizeof(C().m))
def outer():
    v = 1
    def inner():
        return v
    return inner
cell = outer().__closure__[0]
print("cell", sys.getsizeof(cell))
print("builtin function", sys.getsizeof(len) > 0)
