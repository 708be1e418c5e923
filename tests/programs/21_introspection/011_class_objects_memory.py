# Class objects in memory: type.__itemsize__ is sizeof(PyMemberDef) (40) because a class keeps
# its __slots__ member table inline, so each slot costs exactly one more block (its member
# descriptor) and each namespace entry none; __set_name__ runs over a copy of the namespace and a
# failure is wrapped in CPython 3.11's RuntimeError. Block counts start from an emptied
# free-list state (a full collection) and are compared step by step, not as totals.
import gc
import sys

gc.disable()
print(type.__itemsize__, type("M", (type,), {}).__itemsize__, type.__basicsize__)
try:
    class MetaWithSlots(type):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class MetaEmptySlots(type):
    __slots__ = ()


print(MetaEmptySlots.__itemsize__, sys.getsizeof(type("S", (), {"__slots__": ("a", "b", "c")})))


def blocks_for(make):
    gc.collect()
    before = sys.getallocatedblocks()
    keep = make()
    after = sys.getallocatedblocks()
    del keep
    return after - before


names = ("aa", "bb", "cc", "dd", "ee", "ff", "gg")
slots = [blocks_for(lambda: type("A", (), {"__slots__": names[:n]})) for n in range(len(names) + 1)]
attrs = [blocks_for(lambda: type("A", (), dict.fromkeys(names[:n]))) for n in range(len(names) + 1)]
print("one more slot costs:", [b - a for a, b in zip(slots, slots[1:])])
print("one more class attribute costs:", [b - a for a, b in zip(attrs, attrs[1:])])


class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)


class Owner:
    first = Named()
    second = Named()


class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)


try:
    class Broken:
        attr = Fails()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__,
          e.__suppress_context__)
