# frozenset: immutable, hashable, usable as dict key or set member; operations return frozensets.
f = frozenset([3, 1, 2])
g = frozenset("ab")
print(sorted(f), len(f), 2 in f, type(f | {9}).__name__, type(f & {1}).__name__)
print(sorted(f.union([7])), sorted(f - {1}), f == {1, 2, 3}, f.issubset({1, 2, 3, 4}))
groups = {frozenset({"x", "y"}): "pair", frozenset(): "empty"}
print(groups[frozenset(["y", "x"])], groups[frozenset()])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([1]) in nested)
print(frozenset(f) is f, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for name in ("add", "remove", "discard", "update", "clear", "pop"):
    print(name, hasattr(f, name))
