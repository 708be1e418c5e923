# Sizes of the weak reference objects (64 bytes + the 16-byte GC head, as CPython 3.11), the
# subclasses weakref.py defines, and reference/weak-reference counts: weak references never
# add to the referent's reference count; proxies count in getweakrefcount.
import sys
import weakref


class A:
    def m(self):
        pass


def f():
    pass


a = A()
before = sys.getrefcount(a)
r = weakref.ref(a)
rc = weakref.ref(a, print)
p = weakref.proxy(a)
pc = weakref.proxy(a, print)
cp = weakref.proxy(f)
k = weakref.KeyedRef(a, None, "key")
wm = weakref.WeakMethod(a.m)
fin = weakref.finalize(a, print)
print(sys.getrefcount(a) == before)
print(sys.getsizeof(r), sys.getsizeof(rc), sys.getsizeof(p), sys.getsizeof(pc), sys.getsizeof(cp))
print(sys.getsizeof(k), sys.getsizeof(wm), sys.getsizeof(fin))
print(weakref.ref.__basicsize__, weakref.ProxyType.__basicsize__,
      weakref.CallableProxyType.__basicsize__, weakref.KeyedRef.__basicsize__,
      weakref.WeakMethod.__basicsize__, weakref.ProxyType.__itemsize__)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(f), weakref.getweakrefcount(A.m))
print([type(w).__name__ for w in weakref.getweakrefs(a)])
refs_to_r = sys.getrefcount(r)
weakref.ref(a)
weakref.ref(a)
print(sys.getrefcount(r) == refs_to_r, weakref.ref(a) is r, weakref.proxy(a) is p)
del rc, pc, k
print(weakref.getweakrefcount(a))
print(weakref.ref.__weakrefoffset__, weakref.ProxyType.__weakrefoffset__,
      weakref.WeakMethod.__weakrefoffset__ > 0, weakref.KeyedRef.__weakrefoffset__)
print(weakref.WeakMethod.__slots__, weakref.KeyedRef.__slots__, weakref.finalize.__slots__)
