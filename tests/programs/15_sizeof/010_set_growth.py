# set/frozenset: 216 with the inline 8-entry table; grown tables live outside the object.
import sys
print("set()", sys.getsizeof(set()), "frozenset()", sys.getsizeof(frozenset()))
s = set()
last = sys.getsizeof(s)
for i in range(1, 60):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print("after", i, "adds:", size)
        last = size
print("{1, 2, 3, 4, 5} literal", sys.getsizeof({1, 2, 3, 4, 5}))
print("set(range(5))", sys.getsizeof(set(range(5))))
print("frozenset(range(5))", sys.getsizeof(frozenset(range(5))))
print("frozenset(range(3))", sys.getsizeof(frozenset(range(3))))
