# weakref.proxy: attribute get/set/delete forwarded to the referent, sharing of callback-less
# proxies, the proxy types, repr/str, isinstance through __class__, unhashability.
import sys
import weakref


class A:
    kind = "class attr"

    def __init__(self, n):
        self.n = n

    def double(self):
        return self.n * 2

    def __str__(self):
        return "A(%d)" % self.n


a = A(4)
p = weakref.proxy(a)
print(p.n, p.kind, p.double(), str(p), p.__class__.__name__, isinstance(p, A))
p.extra = 10
print(a.extra, p.extra, "extra" in a.__dict__)
del p.extra
print(hasattr(a, "extra"), hasattr(p, "extra"))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    del p.missing
except AttributeError as e:
    print(e)
print(weakref.proxy(a) is p, weakref.proxy(a, None) is p)
pc = weakref.proxy(a, lambda q: None)
print(pc is not p, pc.n, weakref.getweakrefcount(a))
print(type(p) is weakref.ProxyType, type(p).__name__, type(p).__module__, type(p).__qualname__)
print(repr(p).replace(hex(id(p)), "P").replace(hex(id(a)), "A"))
print(repr(p).startswith("<weakproxy at "))
try:
    hash(p)
except TypeError as e:
    print(e)
print(weakref.ProxyType.__hash__, sys.getsizeof(p), sys.getsizeof(pc))
try:
    weakref.ProxyType(a)
except TypeError as e:
    print(e)
try:

    class Sub(weakref.ProxyType):
        pass

except TypeError as e:
    print(e)
print(p == a, a == p, p is a, p.__dict__ is a.__dict__)
r = weakref.ref(a)
print(weakref.getweakrefs(a)[0] is r, weakref.getweakrefs(a)[1] is p, weakref.getweakrefs(a)[2] is pc)
# a ref compares a proxy as a weak reference (by referents); the proxy compares its referent
print(r == p, p == r, r != p, p != r)
b = A(5)
q = weakref.proxy(b)
print(r == q, q == r)
del b
print(r == q, r != q)
try:
    q == r
except ReferenceError as e:
    print(e)
