# weakref.ref basics (the full weakref module comes with the cycle collector): sharing of
# callback-less refs, callback order, hashing, equality, dead refs, unsupported types.
import weakref, sys
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A%d" % self.n
a = A(1)
log = []
r1 = weakref.ref(a, lambda r: log.append(("cb1", r() is None)))
r2 = weakref.ref(a, lambda r: log.append(("cb2", r is r2)))
r0 = weakref.ref(a)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r0, r2, r1], r0 == r1, hash(r0) == hash(a))
print(sys.getsizeof(r0), r1.__callback__ is not None, r0.__callback__)
del a
print(log, r0(), r0 == r1, r0 != r1)
try: hash(weakref.ref(A(2)))
except TypeError as e: print(e)
b = A(3)
rb = weakref.ref(b); hb = hash(rb); del b; print(hash(rb) == hb)
def bad(r): raise ValueError("boom")
c = A(4); rc = weakref.ref(c, bad); del c
print("after bad")
for x in (1, "s", [], {}, (), None):
    try: weakref.ref(x)
    except TypeError as e: print(e)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref({1}.__class__) is not None)
class R(weakref.ref):
    def __init__(self, ob, cb=None, extra=0):
        super().__init__(ob, cb)
        self.extra = extra
d = A(5)
try:
    rr = R(d, None, 7)
except TypeError as e:
    print(e)
rr = R(d)
print(rr() is d, type(rr).__name__, weakref.ref(d) is not rr)
