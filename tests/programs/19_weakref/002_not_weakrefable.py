# Which objects can be weakly referenced, and CPython's TypeError for those that cannot —
# including __slots__ classes without '__weakref__', and refs/proxies to refs and proxies.
import weakref


class Plain:
    def m(self):
        pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class SubSlotted(Slotted):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def f():
    pass


def gen():
    yield 1


keep = Plain()
for obj in (1, 2.5, "s", b"b", bytearray(b"x"), (), (1,), [], {}, None, True, object(),
            range(3), iter([]), Slotted(), weakref.ref(keep), weakref.proxy(keep),
            weakref.proxy(f)):
    for make in (weakref.ref, weakref.proxy):
        try:
            make(obj)
            print("ok", type(obj).__name__)
        except TypeError as e:
            print(make.__name__, e)
for obj in (Plain(), Plain, f, {1}, frozenset(), gen(), MyList(), MyDict(), SlottedWeak(),
            SubSlotted(), weakref, type, len, print, Plain().m):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj, weakref.getweakrefcount(obj))
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
