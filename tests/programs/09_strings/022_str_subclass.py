# str subclasses: construction, method results are exact str, sizes of the two-block layout.
import sys
class S(str):
    pass
class Loud(str):
    def __new__(cls, value, times=1):
        return super().__new__(cls, value * times)
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"
for v in ["", "a", "hello", "é", "€uro", "😀x", "a" * 100]:
    s = S(v)
    print(repr(s), type(s).__name__, len(s), s == v, hash(s) == hash(v), sys.getsizeof(s),
          s.__sizeof__(), sys.getsizeof(v))
l = Loud("ab", 3)
print(l, repr(l), l.shout(), type(l.shout()).__name__, isinstance(l, str))
s = S("Hello World")
results = [s.upper(), s.lower(), s.strip(), s[:], s[1:3], s + "", "" + s, s * 1, s.replace("x", "y"),
           s.center(3), s.ljust(5), s.zfill(2), str(s), s.split()[0], s.partition("x")[0],
           s.removeprefix("z"), s.format(), s.expandtabs(), s.translate({}), "%s" % s,
           f"{s}", s.join([]), "".join([s]), s.title(), s.casefold(), s.__getnewargs__()[0]]
print([type(r).__name__ for r in results])
print(results[0], results[3], results[10], results[19])
print(S(b"abc", "ascii"), S(b"\xff", "latin-1"), S(object=12), S(), type(S()).__name__)
t = S("x")
t.attr = 5
print(t.attr, t.__dict__, S.__basicsize__, S.__itemsize__)
d = {S("k"): 1}
print(d["k"], d[S("k")], "k" in d, S("a") < "b", sorted([S("b"), "a", S("c")]))
print(isinstance(S("a"), str), issubclass(S, str), S.mro() == [S, str, object])
class WithSlots(str):
    __slots__ = ()
w = WithSlots("slot")
print(w, sys.getsizeof(w), WithSlots.__basicsize__)
try:
    w.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    S(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
