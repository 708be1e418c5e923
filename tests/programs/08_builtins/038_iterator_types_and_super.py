# The builtins that are types: enumerate/zip/map/filter/reversed objects (types, sizes, laziness,
# argument errors) and super() in its forms; exit/quit objects.
import sys
e = enumerate("abc", 10)
print(type(e).__name__, sys.getsizeof(e), next(e), list(e))
print(sys.getsizeof(zip()), sys.getsizeof(map(len, [])), sys.getsizeof(filter(None, [])))
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(3))).__name__)
print(sys.getsizeof(reversed((1, 2))), reversed((1, 2, 3)).__length_hint__())
for bad in (lambda: enumerate(), lambda: map(len), lambda: filter(None), lambda: reversed(),
            lambda: reversed({1: 2}), lambda: reversed({1}), lambda: zip(1),
            lambda: zip([1], x=1), lambda: enumerate([], start="a")):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls)
print(list(zip("ab", "xyz", strict=False)), list(zip()))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as err:
        print("ValueError:", err)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(filter(lambda v: v > 5, Seq())))
class A:
    def who(self): return "A"
    @classmethod
    def make(cls): return "A.make(" + cls.__name__ + ")"
    def __init__(self): self.trail = ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def make(cls): return "B>" + super().make()
    def __init__(self):
        super().__init__()
        self.trail.append("B")
class C(B):
    def who(self): return "C>" + super(B, self).who()
print(B().who(), C().who(), B.make(), C.make(), C().trail)
s = super(B, B())
print(repr(s).startswith("<super: <class 'B'>, <B object>>"), s.__thisclass__.__name__, s.__self_class__.__name__)
print(super(B, C).who(C()), super(B).__self__)
def outside():
    try:
        super()
    except RuntimeError as err:
        print("RuntimeError:", err)
outside()
class D:
    def m(self):
        del self
        try:
            super().m()
        except RuntimeError as err:
            print("RuntimeError:", err)
D().m()
try:
    super(B, 1)
except TypeError as err:
    print("TypeError:", err)
print(repr(exit), repr(quit), type(exit).__name__)
