# What print() does to gc.get_count()[0] in CPython 3.11. print is an Argument Clinic function
# taking *args: its first call builds the parser's keyword tuple (kept for good), every call packs
# its positional arguments into a tuple (tuple free list, one per size), and every piece goes
# through a freshly bound file.write (a bound-method object, freed at once). A text file keeps its
# pending chunks in a list from the second chunk on (list free list) until it is flushed.
#
# Counts are kept in a preallocated list and printed at the end. Prints to stdout use flush=True
# while a list waits in the list free list, so the numbers are the same whether stdout is buffered
# (its pending list comes from the free list and goes back to it) or written through
# (PYTHONUNBUFFERED: no list at all).
import gc
import io
import sys


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


gc.disable()
r = [0] * 40
tup = ("t", "u")
lst = ["l", "m"]
w = Writer()
sio = io.StringIO()
f = open("/dev/null", "w")


def fresh():
    # empty free lists (a full collection clears them), then one list and one 3-tuple back in
    gc.collect()
    gc.get_count()
    spare = []
    del spare


def at(i):
    r[i] = gc.get_count()[0]


fresh()
at(0)
print("first print: keyword tuple + argument tuple", flush=True)
at(1)
print("second print: both from the free lists", flush=True)
at(2)

fresh()
at(3)
print("one", flush=True)  # a new 1-tuple
at(4)
print("one", "two", flush=True)  # a new 2-tuple
at(5)
print("one", "two", "three", flush=True)  # the 3-tuple gc.get_count() left in the free list
at(6)
print(flush=True)  # no arguments: the empty tuple
at(7)
print("sep", "end", sep="-", end="!\n", flush=True)
at(8)

fresh()
at(9)
print(*tup)  # the tuple is passed on as it is; print packs its own 2-tuple
sys.stdout.flush()
at(10)
print(*lst)  # the list is made into a 2-tuple first (the free one), then print packs a new one
sys.stdout.flush()
at(11)

fresh()
at(12)
sys.stdout.write("write: no bound method, no tuple\n")
sys.stdout.flush()
at(13)
bound = sys.stdout.write
at(14)
del bound
at(15)

fresh()
at(16)
print("to", "a", "writer", file=w)  # a bound method per piece, each freed at once
at(17)
print("to", "StringIO", file=sio)  # a new 2-tuple
at(18)

fresh()
at(19)
print("a", file=f)  # a new 1-tuple; "a" then "\n" pending: a list (the spare one)
at(20)
print("b", "c", file=f)  # appended to it; a new 2-tuple
at(21)
f.write("d")
at(22)
f.flush()  # the pending list goes back to the free list
at(23)
again = []  # ... and comes out of it: no count
at(24)
f.write("e")  # one pending chunk: no list
at(25)
f.write("")  # even an empty chunk makes a list, a new one now
at(26)
f.close()
at(27)

gc.enable()
steps = [
    (0, "first print"), (1, "second print"),
    (3, "print 1 arg"), (4, "print 2 args"), (5, "print 3 args"), (6, "print()"),
    (7, "print sep/end"),
    (9, "print(*tuple)"), (10, "print(*list)"),
    (12, "sys.stdout.write"), (13, "bind sys.stdout.write"), (14, "drop the bound method"),
    (16, "print to a writer"), (17, "print to StringIO"),
    (19, "print to a file"), (20, "print to a file again"), (21, "file.write"),
    (22, "file.flush"), (23, "a new list"), (24, "file.write, nothing pending"),
    (25, "file.write(''), one pending"), (26, "file.close"),
]
for i, what in steps:
    print(f"{what}: {r[i + 1] - r[i]:+d}")
print("writer got:", w.parts)
print("StringIO got:", repr(sio.getvalue()))
