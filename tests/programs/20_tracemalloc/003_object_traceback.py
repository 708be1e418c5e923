# get_object_traceback(obj): the Traceback of the block holding obj (found from the object's
# address minus its GC head), or None for objects allocated before tracing started, small ints
# and other static objects. CPython 3.11 does not step back over the managed-dict pre-header of
# plain class instances, so it never finds them (their materialised __dict__ it does find). With start(n) the traceback keeps the n
# innermost frames, shown oldest first. An object taken from a free list gets the traceback of
# the line that takes it (CPython's _PyTraceMalloc_NewReference).
import gc
import tracemalloc

early = [1, 2, 3]


def short(tb):
    if tb is None:
        return None
    return [(f.filename.rsplit("/", 1)[-1], f.lineno) for f in tb]


def make_list():
    return [0] * 10


def outer():
    return middle()


def middle():
    return make_list()


class Point:
    def __init__(self, x):
        self.x = x


gc.collect()
warm = Point(0)  # the class call's argument tuple, made before tracing (see 010)
tracemalloc.start(4)
a = [1, 2]
d = {"k": "v"}
s = "text " * len(a) * 10
n = len(s) * 12345
p = Point(1)
deep = outer()
tb = tracemalloc.get_object_traceback(a)
print(type(tb).__name__, short(tb), len(tb))
print(short(tracemalloc.get_object_traceback(d)))
print(short(tracemalloc.get_object_traceback(s)))
print(short(tracemalloc.get_object_traceback(n)))
print(short(tracemalloc.get_object_traceback(p)))
print(short(tracemalloc.get_object_traceback(p.__dict__)))
print(short(tracemalloc.get_object_traceback(deep)))
print(tracemalloc.get_object_traceback(early), tracemalloc.get_object_traceback(5),
      tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(Point))
print(tracemalloc._get_object_traceback(a) == ((__file__, 39),))
print(tracemalloc.get_object_traceback(deep).total_nframe)
tb = tracemalloc.get_object_traceback(deep)
print(str(tb).rsplit("/", 1)[-1], tb[0].lineno, tb[-1].lineno, [f.lineno for f in tb[1:3]])

# a list object freed into the free list and taken again by a later line
first = [7]
old = short(tracemalloc.get_object_traceback(first))
del first
second = []
print(old, short(tracemalloc.get_object_traceback(second)))
tracemalloc.stop()
print(tracemalloc.get_object_traceback(a))
