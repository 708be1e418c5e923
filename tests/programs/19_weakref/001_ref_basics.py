# weakref.ref: sharing of the callback-less ref, callbacks, reprs, equality and hashing, the
# __callback__ attribute, and the order of the referent's list with subclasses of ref.
import weakref


class A:
    def __init__(self, n):
        self.n = n


def masked(text, *objs):
    for o in objs:
        text = text.replace(hex(id(o)), "ADDR")
    return text


a = A(1)
r = weakref.ref(a)
print(r is weakref.ref(a), r() is a, weakref.ref(a, None) is r)
print(masked(repr(r), r, a))
log = []
rc = weakref.ref(a, log.append)
print(rc is not r, rc.__callback__ is log.append, r.__callback__)
print(r == rc, r != rc, hash(r) == hash(a), hash(rc) == hash(a))
b = A(2)
rb = weakref.ref(b)
print(r == rb, r != rb, r == a, r != 1)


class R(weakref.ref):
    pass


sub = R(a)
print(type(sub).__name__, sub() is a, sub is not r, sub == r, isinstance(sub, weakref.ref))
order = weakref.getweakrefs(a)
print([o is r for o in order], [o is sub for o in order], [o is rc for o in order])
print(weakref.getweakrefcount(a))
del a
print(len(log), log[0] is rc, r(), rc(), sub())
print(masked(repr(r), r))
print(r == rc, r != rc, r == r)
# the hash survives the referent once it was computed
hb = hash(rb)
del b
print(hash(rb) == hb)
try:
    hash(weakref.ref(A(3)))
except TypeError as e:
    print(e)
try:
    r(1)
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
