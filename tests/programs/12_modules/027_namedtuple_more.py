# namedtuple: rename, defaults, module, _make/_replace errors, field validation errors.
from collections import namedtuple
P = namedtuple("P", "x, y z")
print(P._fields, P(1, 2, 3), P._make([4, 5, 6]), P.__doc__)
R = namedtuple("R", ["a", "def", "a", "_b", "1x"], rename=True)
print(R._fields)
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D._field_defaults, D(1, c=9))
M = namedtuple("M", "v", module="mymod")
print(M.__module__, M(1), M.__name__, M.__qualname__)
print(P.__module__)
p = P(1, 2, 3)
print(p._asdict(), p._replace(y=20), p.x, p.z, P.x.__doc__)
a, b, c = p
print(a, b, c, p[::-1], p.index(2), p.count(3), p + (4,))
for label, thunk in [("make short", lambda: P._make([1])),
                     ("replace bad", lambda: p._replace(w=1)),
                     ("too many args", lambda: P(1, 2, 3, 4)),
                     ("dup field", lambda: namedtuple("Q", "a a")),
                     ("underscore", lambda: namedtuple("Q", "_a")),
                     ("keyword", lambda: namedtuple("Q", "a class")),
                     ("bad ident", lambda: namedtuple("Q", "a 1b")),
                     ("bad type name", lambda: namedtuple("1Q", "a")),
                     ("too many defaults", lambda: namedtuple("Q", "a", defaults=(1, 2))),
                     ("del attr", lambda: delattr(p, "x"))]:
    try:
        thunk()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(isinstance(p, tuple), type(p).__bases__, P.__match_args__, hash(p) == hash((1, 2, 3)))
E = namedtuple("E", [])
print(E(), len(E()))
class Sub(namedtuple("Base", "a b")):
    __slots__ = ()
    def total(self):
        return self.a + self.b
s = Sub(3, 4)
print(s, s.total(), Sub._fields)
print(sorted([P(2, 0, 0), P(1, 9, 9)]), max(P(1, 2, 3), P(1, 2, 4)))
