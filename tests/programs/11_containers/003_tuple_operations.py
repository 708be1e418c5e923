# Tuples: immutable sequences supporting indexing, slicing, concatenation, count, index, comparison.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t[:2] * 2, (0,) * 3)
print(t.count(1), t.index("two"), 3.0 in t, (1,) + (), () == tuple())
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[3].append(5)              # the list inside is still mutable
print(t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"))
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, repr(()), repr((1,)))
a, b = t[:2]
print(a, b, hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]))
print(tuple(reversed(t[:3])), max((3, 1, 2)), sorted((3, 1, 2)))
