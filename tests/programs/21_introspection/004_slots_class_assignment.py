# obj.__class__ = Other needs the same instance layout: CPython compares the two classes' first
# layout-changing bases, their slot names and their dict / weakref words.
class P: pass
class Q: pass
class S1: __slots__ = ("a",)
class S2: __slots__ = ("a",)
class S3: __slots__ = ("b",)
class SAB: __slots__ = ("a", "b")
class SBA: __slots__ = ("b", "a")
class SW: __slots__ = ("a", "__weakref__")
class SD: __slots__ = ("a", "__dict__")
class L(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class PS(P): __slots__ = ("z",)
class PS2(P): __slots__ = ("z",)
class E: __slots__ = ()
class E2: __slots__ = ()
class S1Child(S1): pass
class S2Child(S2): pass
classes = [P, Q, S1, S2, S3, SAB, SBA, SW, SD, L, L2, LS, PS, PS2, E, E2, S1Child, S2Child]
print("        " + "".join(c.__name__[0] for c in classes))
for a in classes:
    row = []
    for b in classes:
        x = a()
        try:
            x.__class__ = b
            row.append("+")
        except TypeError:
            row.append("-")
    print(a.__name__.ljust(8) + "".join(row))
x = S1()
x.a = "kept"
x.__class__ = S2
print(type(x).__name__, x.a)
for target in (S3, int, 5):
    try:
        S1().__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    del S1().__class__
except TypeError as e:
    print("TypeError:", e)
