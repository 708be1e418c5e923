# weakref.WeakMethod: a weak reference to a bound method that stays valid while both the
# instance and the function live; equality, hashing, the callback (run once), sizes.
import sys
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def other(self):
        return -self.n


a = A(5)
print(weakref.ref(a.get)())  # a plain ref to a bound method dies at once
wm = weakref.WeakMethod(a.get)
m = wm()
print(m(), m == a.get, m is not a.get, type(m).__name__, type(wm).__name__)
print(isinstance(wm, weakref.ref), issubclass(weakref.WeakMethod, weakref.ReferenceType))
wm2 = weakref.WeakMethod(a.get)
wo = weakref.WeakMethod(a.other)
b = A(5)
wb = weakref.WeakMethod(b.get)
print(wm == wm2, wm != wm2, wm == wo, wm != wo, wm == wb, hash(wm) == hash(wm2))
print(wm == weakref.ref(a), wm.__eq__(1), len({wm, wm2, wo}))
print(sys.getsizeof(wm), weakref.getweakrefcount(a), weakref.getweakrefcount(A.get))
del m
log = []
wcb = weakref.WeakMethod(a.get, lambda r: log.append(r is wcb))
for bad in (len, A.get, 1, A(0)):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(e)
del a
print(wm(), wm2(), log, wm == wm2, wm == wm, wm != wm2)
h = hash(wo)
print(hash(wo) == h)


# the function dying also kills it (and calls back once)
class B:
    def meth(self):
        return "b"


inst = B()
wf = weakref.WeakMethod(inst.meth, lambda r: log.append("func gone"))
print(wf()())
del B.meth
print(wf(), log)
del inst
print(log)
r = weakref.ref(wf)
print(r() is wf)
