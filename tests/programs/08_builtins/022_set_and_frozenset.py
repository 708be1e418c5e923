# set() and frozenset(): construction, operations, mutability and hashability.
s = set([3, 1, 2, 3, 1])
f = frozenset("abca")
print(sorted(s), sorted(f), len(s), len(f), set(), frozenset())
s.add(10)
s.discard(1)
s.discard(999)
print(sorted(s))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError", e)
print(sorted(s | {99}), sorted(s & {2, 3, 4}), sorted(s - {2}), sorted(s ^ {3, 50}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
print(sorted(f.union("xy")), type(f | {"z"}).__name__, type({"z"} | f).__name__)
print({frozenset([1]): "frozensets are hashable"}[frozenset([1])])
try:
    {set(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add("q")
except AttributeError as e:
    print("AttributeError:", e)
print(set("hello") == set("olleh"), frozenset([1]) == {1}, repr(set()), repr(frozenset()))
print(sorted(set(range(5)).intersection(range(3, 9), [4, 3])))
p = s.pop()
print(p in s, len(s))
