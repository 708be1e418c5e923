# getsizeof of __slots__ instances for 0..8 slots, with a '__weakref__' slot, a '__dict__' slot
# and both: 16 header + 8 per slot (+ 8 for the weakref list) + 16 GC head, and a '__dict__'
# slot is CPython 3.11's managed dict (16-byte pre-header, negative __dictoffset__).
import sys

print("n  plain  +weakref  +dict  +both")
for n in range(9):
    names = tuple("s%d" % i for i in range(n))
    row = []
    for extra in ((), ("__weakref__",), ("__dict__",), ("__dict__", "__weakref__")):
        cls = type("S%d" % n, (), {"__slots__": names + extra})
        obj = cls()
        row.append("%d/%d/%d/%d" % (sys.getsizeof(obj), cls.__basicsize__, cls.__dictoffset__,
                                    cls.__weakrefoffset__))
    print(n, " ".join(row))
# filled slots do not change the size; the referenced objects are not counted
class Three:
    __slots__ = ("a", "b", "c")
t = Three()
before = sys.getsizeof(t)
t.a, t.b, t.c = "x" * 1000, list(range(100)), {}
print(before, sys.getsizeof(t), t.__sizeof__())
# slots across an inheritance chain add up; a plain subclass adds the dict and weakref words
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b", "c")
class C(B):
    __slots__ = ()
class D(C):
    pass
for cls in (A, B, C, D):
    print(cls.__name__, sys.getsizeof(cls()), cls.__basicsize__, cls().__sizeof__())
# empty __slots__ on a plain class: still GC-tracked (a heap type), so 16 + 16
class Empty:
    __slots__ = ()
import gc
print(sys.getsizeof(Empty()), gc.is_tracked(Empty()), object().__sizeof__(), sys.getsizeof(object()))
# a '__dict__' slot: the dict itself is separate and not counted
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.x = 1
print(sys.getsizeof(w), sys.getsizeof(WithDict()))
# builtin bases with empty slots keep the base layout
class T(tuple):
    __slots__ = ()
class L(list):
    __slots__ = ()
class LW(list):
    __slots__ = ("a", "__weakref__")
class I(int):
    pass
print(sys.getsizeof(T()), sys.getsizeof(T((1, 2))), sys.getsizeof(L()), sys.getsizeof(LW()))
print([(c.__basicsize__, c.__itemsize__, c.__dictoffset__, c.__weakrefoffset__)
       for c in (T, L, LW, I)])
print(sys.getsizeof(I(5)), sys.getsizeof(I(2**40)))
