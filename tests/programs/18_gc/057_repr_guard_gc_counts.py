# The repr of a container guards against recursion as CPython's Py_ReprEnter does: the objects
# whose repr is in progress are kept in a list stored under "Py_Repr" in the thread state's dict,
# and the first repr that enters the guard makes both (+2 on gc.get_count()[0], kept for good).
# Lists and tuples enter it only when not empty, dicts and sets always; a set is shown through a
# temporary list of its items (made and freed: the list free list), a dict view too.
import gc

gc.disable()
r = [0] * 20
t = (1, 2)
e = []
d = {}
s = set()
fs = frozenset({3})
keys = {1: 2}.keys()
nested = [[1, 2], (3,), {4: 5}]
gc.collect()
gc.get_count()


def at(i):
    r[i] = gc.get_count()[0]


at(0)
x = repr(e)  # empty list: no guard
at(1)
x = repr(())  # empty tuple: no guard
at(2)
x = repr(d)  # empty dict: enters the guard, which is made now (a dict and a list)
at(3)
x = repr(t)
at(4)
x = repr(s)  # empty set: enters the guard too
at(5)
x = repr(fs)  # a list of the items (a new one: the free list is empty)
at(6)
x = repr(fs)  # ... then from the free list
at(7)
x = repr(keys)  # a list again
at(8)
x = repr(nested)  # nested guards: the guard's list only grows
at(9)
x = format(nested)
at(10)
x = f"{t} {d} {s}"
at(11)
cycle = [1]
cycle.append(cycle)
at(12)
x = repr(cycle)
at(13)

gc.enable()
print("deltas:", [r[i + 1] - r[i] for i in range(13)])
print(repr(fs), repr(keys), repr(nested), x)
