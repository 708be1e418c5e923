# sys.getsizeof for every built-in type and state (issue 4, point 2), in one place: numbers, str
# of every PEP 393 kind and many lengths, bytes, tuples, lists after each of 0..40 appends and
# after pop/clear/slicing, list literals and constructors, dicts after each of 0..40 inserts and
# after deletes, sets, frozensets, functions, lambdas, methods, generators, cells, ranges,
# modules, instances with and without __dict__, the instance __dict__, classes, and the type
# objects of built-in types (a static type is a 408-byte PyTypeObject, its slot groups apart).
import sys

g = sys.getsizeof


def row(label, values):
    print(label + ":", " ".join(str(v) for v in values))


ints = [0, 1, -1, 255, 256, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**63, 2**64, 2**90,
        2**100, 2**1000, -(2**1000), 10**100, int("9" * 50)]
row("int", [g(v) for v in ints])
row("bool, None, Ellipsis, NotImplemented", [g(True), g(False), g(None), g(...), g(NotImplemented)])
row("float", [g(v) for v in (0.0, 1.5, -0.0, float("inf"), float("nan"), 1e300)])
row("complex", [g(v) for v in (0j, 1j, 1 + 2j)])
for kind, ch in (("ascii", "a"), ("latin-1", "\xe9"), ("ucs-2", "\u20ac"), ("ucs-4", "\U0001f600")):
    row("str " + kind + " 0..20", [g(ch * n) for n in range(21)])
    row("str " + kind + " 50/100/1000", [g(ch * n) for n in (50, 100, 1000)])
row("str mixed", [g(s) for s in ("a\xe9", "a\u20ac", "a\U0001f600", "\xe9\u20ac", "\u20ac\U0001f600")])
row("bytes 0..10", [g(b"x" * n) for n in range(11)])
row("bytes 100/1000", [g(b"x" * 100), g(b"x" * 1000)])
row("bytearray", [g(bytearray()), g(bytearray(b"abc")), g(bytearray(10)), g(bytearray(100))])
row("tuple 0..10", [g(tuple(range(n))) for n in range(11)])
row("tuple literals", [g(()), g((1,)), g((1, 2)), g((1, 2, 3))])
lst = []
sizes = []
for i in range(41):
    sizes.append(g(lst))
    lst.append(i)
row("list after 0..40 appends", sizes)
sizes = []
while lst:
    lst.pop()
    sizes.append(g(lst))
row("list after each pop from 41", sizes)
lst = list(range(100))
lst.clear()
row("list cleared / sliced", [g(lst), g(list(range(100))[:]), g(list(range(100))[10:20]),
                             g(list(range(100))[::2]), g(list(range(100))[:0])])
lst = list(range(100))
del lst[10:]
sizes = [g(lst)]
lst = list(range(100))
del lst[50:]
sizes.append(g(lst))
lst = list(range(100))
lst[5:] = []
sizes.append(g(lst))
row("list after del/assign slices", sizes)
row("list(range(n)) 0..20", [g(list(range(n))) for n in range(21)])
row("list literals", [g([]), g([1]), g([1, 2]), g([1, 2, 3]), g([1, 2, 3, 4]), g([1, 2, 3, 4, 5]),
                      g([1, 2, 3, 4, 5, 6, 7]), g(["a", "b", "c", "d", "e", "f", "g", "h", "i"])])
row("list other", [g([0] * 10), g([0] * 3), g([None] * 100), g([i for i in range(10)]),
                   g(list(x for x in range(10))), g([*range(10)]), g(list("abc")), g([1, 2] + [3]),
                   g([1, 2] * 3)])
for label, make in (("str", lambda i: "k%d" % i), ("int", lambda i: i)):
    d = {}
    sizes = []
    for i in range(41):
        sizes.append(g(d))
        d[make(i)] = i
    row("dict (%s keys) after 0..40 inserts" % label, sizes)
    for k in list(d)[:35]:
        del d[k]
    row("dict (%s keys) after deleting 35, then clear" % label, [g(d), g(d.clear() or d)])
row("dict others", [g({}), g({"a": 1}), g({1: 1}), g(dict(a=1, b=2)), g(dict.fromkeys(range(10))),
                    g({i: i for i in range(10)}), g(dict(zip("abcdef", range(6)))),
                    g({"a": 1, "b": 2}.copy())])
s = set()
sizes = []
for i in range(41):
    sizes.append(g(s))
    s.add(i)
row("set after 0..40 adds", sizes)
row("set/frozenset", [g(set()), g(frozenset()), g({1, 2, 3}), g({1, 2, 3, 4, 5}),
                      g(frozenset(range(5))), g(frozenset(range(100))), g(set(range(100))),
                      g(set("abcdefghij"))])


def function():
    pass


def gen_plain():
    yield 1


def gen_locals(a, b, c):
    total = a + b + c
    yield total


def outer():
    v = 1

    def inner():
        return v

    return inner


class Cls:
    def method(self):
        pass


obj = Cls()
row("function, lambda, builtin", [g(function), g(lambda: 0), g(len), g([].append)])
row("bound method, classmethod, staticmethod, property",
    [g(obj.method), g(classmethod(function)), g(staticmethod(function)), g(property())])
row("generators", [g(gen_plain()), g(gen_locals(1, 2, 3)), g(x for x in "ab")])
row("cell, closure tuple", [g(outer().__closure__[0]), g(outer().__closure__)])
row("range", [g(range(10)), g(range(0)), g(range(2**70)), g(range(1, 100, 7))])
row("module, object, slice", [g(sys), g(object()), g(slice(1, 2)), g(slice(None))])
row("iterators", [g(iter([])), g(iter(())), g(iter(range(3))), g(iter({})), g(iter("")),
                  g(iter(set())), g(reversed([])), g(enumerate([])), g(zip()), g(map(len, []))])
row("dict views", [g({}.keys()), g({}.values()), g({}.items())])
row("exceptions", [g(ValueError()), g(ValueError("x", 1)), g(KeyError("k")), g(StopIteration())])


class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slots:
    __slots__ = ("a", "b")


p = Plain()
row("instances", [g(Plain()), g(p), g(Slots()), g(Cls())])
row("instance __dict__ of the first instance of a new class", [g(Plain().__dict__)])
row("classes", [g(Cls), g(Slots)])
row("built-in type objects", [g(t) for t in (int, bool, float, complex, str, bytes, bytearray,
                                             tuple, list, dict, set, frozenset, range, slice,
                                             object, type, BaseException, ValueError, KeyError,
                                             type(None), type(sys), type(len), type(Cls.method))])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class IntSub(int):
    pass


row("classes from a metaclass, of built-in bases", [g(Meta), g(WithMeta), g(IntSub)])
