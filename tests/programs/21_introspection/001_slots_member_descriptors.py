# __slots__ makes one member descriptor per name on the class: its repr, __get__/__set__/
# __delete__ called directly, and CPython's AttributeError texts for unknown and unset slots.
class Point:
    __slots__ = ("x", "y")

print(Point.x, type(Point.x).__name__, repr(Point.y))
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__ is Point, Point.x.__doc__)
p = Point()
for action in ("get", "del"):
    try:
        if action == "get":
            p.x
        else:
            del p.x
    except AttributeError as e:
        print("unset slot,", action + ":", repr(str(e)))
for action in ("set", "get"):
    try:
        if action == "set":
            p.z = 1
        else:
            p.z
    except AttributeError as e:
        print("unknown attribute,", action + ":", e)
Point.x.__set__(p, 5)
print(Point.x.__get__(p), Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.x.__delete__(p)
print(hasattr(p, "x"), getattr(p, "x", "default"))
p.y = [1, 2]
print(p.y, Point.y.__get__(p) is p.y)
# calling the descriptor methods with the wrong arguments (CPython's unpacking texts)
calls = [
    ("__get__()", lambda: Point.x.__get__()),
    ("__get__(1, 2, 3)", lambda: Point.x.__get__(1, 2, 3)),
    ("__get__(None, None)", lambda: Point.x.__get__(None, None)),
    ("__get__(None)", lambda: Point.x.__get__(None)),
    ("__get__(a=1)", lambda: Point.x.__get__(a=1)),
    ("__set__(p)", lambda: Point.x.__set__(p)),
    ("__set__(p, 1, 2)", lambda: Point.x.__set__(p, 1, 2)),
    ("__delete__()", lambda: Point.x.__delete__()),
    ("__get__(1)", lambda: Point.x.__get__(1)),
    ("__set__(1, 2)", lambda: Point.x.__set__(1, 2)),
    ("__delete__('s')", lambda: Point.x.__delete__("s")),
]
for label, call in calls:
    try:
        call()
    except TypeError as e:
        print(label, "->", repr(str(e)))
# the wrapper texts are the same for other built-in __get__/__pow__ wrappers
for label, call in [("(5).__pow__()", lambda: (5).__pow__()),
                    ("(5).__pow__(1, 2, 3)", lambda: (5).__pow__(1, 2, 3))]:
    try:
        call()
    except TypeError as e:
        print(label, "->", repr(str(e)))
print((5).__pow__(2, None), (5).__pow__(2, 3))
# no __dict__, vars() and setattr refuse
for action in (lambda: p.__dict__, lambda: vars(p), lambda: setattr(p, "w", 1),
               lambda: delattr(p, "w")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# a str __slots__ is one name; a list, dict or iterator works too and is kept as given
class One:
    __slots__ = "single"
class Listed:
    __slots__ = ["b", "a"]
class Mapped:
    __slots__ = {"m": "doc of m", "n": "doc of n"}
print(One.__slots__, One.single, Listed.__slots__, Mapped.__slots__, Mapped.m.__doc__)
print(sorted(k for k in Listed.__dict__ if not k.startswith("__")), "__dict__" in Listed.__dict__)
# private names are mangled with the class name, as in methods
class Secret:
    __slots__ = ("__key", "__dunder__")
    def __init__(self):
        self.__key = "k"
    def key(self):
        return self.__key
print(sorted(k for k in Secret.__dict__ if "key" in k or "dunder" in k), Secret().key())
class __Under:
    __slots__ = ("__x",)
class _:
    __slots__ = ("__x",)
print([k for k in __Under.__dict__ if "x" in k], [k for k in _.__dict__ if "x" in k])
# a name given twice makes two members (the class keeps the last)
class Twice:
    __slots__ = ("a", "a", "b")
t = Twice()
t.a = 1
print(Twice.__basicsize__, t.a)
