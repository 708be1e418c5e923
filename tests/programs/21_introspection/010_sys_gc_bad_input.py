# Wrong arguments to the introspection functions of sys and gc give CPython 3.11's errors:
# getsizeof's argument parsing, its default (used only when __sizeof__ raises TypeError or is
# missing) and the checks on what __sizeof__ returns; getrefcount, getallocatedblocks,
# _debugmallocstats, intern; gc.set_threshold, collect, get_objects, set_debug and the
# one-argument functions.
import gc
import sys


class Negative:
    def __sizeof__(self):
        return -1


class Huge:
    def __sizeof__(self):
        return 2**70


class Text:
    def __sizeof__(self):
        return "10"


class Float:
    def __sizeof__(self):
        return 1.5


class RaisesTypeError:
    def __sizeof__(self):
        raise TypeError("nope")


class RaisesValueError:
    def __sizeof__(self):
        raise ValueError("bad")


class NoSizeof:
    __sizeof__ = None


class IntSub(int):
    pass


class ReturnsIntSub:
    def __sizeof__(self):
        return IntSub(5)


calls = [
    ("sys.getsizeof()", lambda: sys.getsizeof()),
    ("sys.getsizeof(1, 2, 3)", lambda: sys.getsizeof(1, 2, 3)),
    ("sys.getsizeof(1, 'a')", lambda: sys.getsizeof(1, "a")),
    ("sys.getsizeof(1, None)", lambda: sys.getsizeof(1, None)),
    ("sys.getsizeof(object=1)", lambda: sys.getsizeof(object=1)),
    ("sys.getsizeof(1, default=5)", lambda: sys.getsizeof(1, default=5)),
    ("sys.getsizeof(x=1)", lambda: sys.getsizeof(x=1)),
    ("sys.getsizeof(1, object=2)", lambda: sys.getsizeof(1, object=2)),
    ("sys.getsizeof(Negative())", lambda: sys.getsizeof(Negative())),
    ("sys.getsizeof(Negative(), 7)", lambda: sys.getsizeof(Negative(), 7)),
    ("sys.getsizeof(Huge())", lambda: sys.getsizeof(Huge())),
    ("sys.getsizeof(Text())", lambda: sys.getsizeof(Text())),
    ("sys.getsizeof(Text(), 7)", lambda: sys.getsizeof(Text(), 7)),
    ("sys.getsizeof(Float())", lambda: sys.getsizeof(Float())),
    ("sys.getsizeof(RaisesTypeError())", lambda: sys.getsizeof(RaisesTypeError())),
    ("sys.getsizeof(RaisesTypeError(), 'default')", lambda: sys.getsizeof(RaisesTypeError(), "default")),
    ("sys.getsizeof(RaisesValueError(), 'default')", lambda: sys.getsizeof(RaisesValueError(), "default")),
    ("sys.getsizeof(NoSizeof())", lambda: sys.getsizeof(NoSizeof())),
    ("sys.getsizeof(NoSizeof(), 3)", lambda: sys.getsizeof(NoSizeof(), 3)),
    ("sys.getsizeof(ReturnsIntSub())", lambda: sys.getsizeof(ReturnsIntSub())),
    ("sys.getrefcount()", lambda: sys.getrefcount()),
    ("sys.getrefcount(1, 2)", lambda: sys.getrefcount(1, 2)),
    ("sys.getrefcount(x=1)", lambda: sys.getrefcount(x=1)),
    ("sys.getallocatedblocks(1)", lambda: sys.getallocatedblocks(1)),
    ("sys._debugmallocstats(1)", lambda: sys._debugmallocstats(1)),
    ("sys.intern(1)", lambda: sys.intern(1)),
    ("sys.intern()", lambda: sys.intern()),
    ("sys.intern('a', 'b')", lambda: sys.intern("a", "b")),
    ("sys.getrecursionlimit(1)", lambda: sys.getrecursionlimit(1)),
    ("sys.setrecursionlimit('a')", lambda: sys.setrecursionlimit("a")),
    ("sys.set_int_max_str_digits(5)", lambda: sys.set_int_max_str_digits(5)),
    ("gc.set_threshold('a')", lambda: gc.set_threshold("a")),
    ("gc.set_threshold()", lambda: gc.set_threshold()),
    ("gc.set_threshold(1, 2, 3, 4)", lambda: gc.set_threshold(1, 2, 3, 4)),
    ("gc.set_threshold(1.5)", lambda: gc.set_threshold(1.5)),
    ("gc.set_threshold(2**40)", lambda: gc.set_threshold(2**40)),
    ("gc.set_threshold(-2**40)", lambda: gc.set_threshold(-2**40)),
    ("gc.set_threshold(2**70)", lambda: gc.set_threshold(2**70)),
    ("gc.set_threshold(t=1)", lambda: gc.set_threshold(t=1)),
    ("gc.collect(3)", lambda: gc.collect(3)),
    ("gc.collect(-1)", lambda: gc.collect(-1)),
    ("gc.collect('a')", lambda: gc.collect("a")),
    ("gc.collect(1, 2)", lambda: gc.collect(1, 2)),
    ("gc.get_count(1)", lambda: gc.get_count(1)),
    ("gc.get_objects(3)", lambda: gc.get_objects(3)),
    ("gc.get_objects('a')", lambda: gc.get_objects("a")),
    ("gc.set_debug('a')", lambda: gc.set_debug("a")),
    ("gc.set_debug()", lambda: gc.set_debug()),
    ("gc.is_tracked()", lambda: gc.is_tracked()),
    ("gc.is_finalized(1, 2)", lambda: gc.is_finalized(1, 2)),
    ("gc.freeze(1)", lambda: gc.freeze(1)),
    ("gc.get_referents(x=1)", lambda: gc.get_referents(x=1)),
    ("gc.get_referrers(x=1)", lambda: gc.get_referrers(x=1)),
]
for label, call in calls:
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print("accepted forms:", gc.collect(generation=1) >= 0, type(gc.get_objects(generation=None)).__name__,
      type(gc.get_objects(-1)).__name__, gc.get_referents(), gc.get_referrers() == [])
gc.set_threshold(-1)
print("negative threshold kept:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
