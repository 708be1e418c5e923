# How a call holds its arguments in CPython 3.11: a Python function gets them moved into its frame,
# but a class, an instance with __call__, int/str/bytes/complex/zip/exceptions and METH_VARARGS
# built-ins (min, max, dir, str.format, sys.getsizeof, ...) are called through tp_call, which
# packs the positional arguments into a tuple (and keywords into a dict) for the whole call; a
# bound method is split into function + self before the call; keywords forwarded to a Python
# __init__ are copied once more (_PyStack_UnpackDict). Each call site runs once (a warmed-up
# call site may be specialised by CPython's adaptive interpreter).
import sys

rc = sys.getrefcount
seen = []


class Thing:
    pass


x = Thing()


def plain(a):
    seen.append(("plain function parameter", rc(a)))


class Init:
    def __init__(self, a, b=None):
        seen.append(("__init__ parameter", rc(a)))
        seen.append(("__init__ self", rc(self)))


class InitKw:
    def __init__(self, a, b=None):
        seen.append(("__init__ with a keyword: positional", rc(a)))
        seen.append(("__init__ with a keyword: keyword", rc(b)))
        seen.append(("__init__ with a keyword: self", rc(self)))


class New:
    def __new__(cls, a):
        seen.append(("__new__ parameter", rc(a)))
        return super().__new__(cls)

    def __init__(self, a):
        seen.append(("__init__ after __new__", rc(a)))


class Callable:
    def __call__(self, a):
        seen.append(("__call__ parameter", rc(a)))
        seen.append(("__call__ self", rc(self)))


class ListSub(list):
    def __init__(self, a):
        seen.append(("list subclass __init__", rc(a)))


class Meta(type):
    def __call__(cls, *args):
        seen.append(("metaclass __call__ argument", rc(args[0])))


class WithMeta(metaclass=Meta):
    pass


class Base:
    def who(self):
        seen.append(("super().method() self", rc(self)))


class Derived(Base):
    def who(self):
        super().who()


plain(x)
Init(x)
InitKw(x, b=x)
New(x)
c = Callable()
c(x)
ListSub(x)
WithMeta(x)
Derived().who()
m = Derived().who      # a bound method kept in a variable holds self
m()
del m
for label, n in seen:
    print(label + ":", n)

# conversions that call a special method of the argument
log = []


class Convertible:
    def __index__(self):
        log.append(rc(self))
        return 1

    def __str__(self):
        log.append(rc(self))
        return "s"

    def __repr__(self):
        log.append(rc(self))
        return "r"

    def __bytes__(self):
        log.append(rc(self))
        return b"b"

    def __complex__(self):
        log.append(rc(self))
        return 1j

    def __float__(self):
        log.append(rc(self))
        return 1.0

    def __iter__(self):
        log.append(rc(self))
        return iter([1])

    def __dir__(self):
        log.append(rc(self))
        return []

    def __sizeof__(self):
        log.append(rc(self))
        return 10

    def __format__(self, spec):
        log.append(rc(self))
        return "f"


v = Convertible()
checks = [
    ("int(v) (tp_call)", lambda: int(v)),
    ("float(v) (vectorcall)", lambda: float(v)),
    ("str(v)", lambda: str(v)),
    ("repr(v)", lambda: repr(v)),
    ("bytes(v)", lambda: bytes(v)),
    ("complex(v)", lambda: complex(v)),
    ("list(v) (vectorcall)", lambda: list(v)),
    ("tuple(v) (vectorcall)", lambda: tuple(v)),
    ("zip(v) (tp_call)", lambda: zip(v)),
    ("enumerate(v) (vectorcall)", lambda: enumerate(v)),
    ("min(v) (METH_VARARGS)", lambda: min(v)),
    ("max(v, default=0)", lambda: max(v, default=0)),
    ("dir(v)", lambda: dir(v)),
    ("sys.getsizeof(v)", lambda: sys.getsizeof(v)),
    ("format(v, '')", lambda: format(v, "")),
    ("'{}'.format(v)", lambda: "{}".format(v)),
    ("f'{v}'", lambda: f"{v}"),
    ("'%s' % v", lambda: "%s" % v),
    ("set().union(v)", lambda: set().union(v)),
    ("{}.update(v)", lambda: {}.update(v) if False else set().update(v)),
    ("sorted(v)", lambda: sorted(v)),
    ("range(v)", lambda: range(v)),
    ("'abc'.find('a', v)", lambda: "abc".find("a", v)),
    ("[1][v]", lambda: [1, 2][v]),
    ("list.__getitem__ (METH_O)", lambda: [1, 2].__getitem__(v)),
    ("object.__str__(v) (wrapper)", lambda: object.__str__(v)),
    ("v.__str__() (bound)", lambda: v.__str__()),
]
for label, call in checks:
    del log[:]
    call()
    print(label + ":", log)
