# Set algebra with operators and methods, in-place variants, subsets and disjointness.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3, 7])), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference([4, 6])), a.issubset(range(10)), a.issuperset({1}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(sorted(c))
c.update([5, 6], "x")
c.difference_update({5})
c.intersection_update({6, "x", 99})
print(sorted(c, key=str))
c.symmetric_difference_update({6, 7})
print(sorted(c, key=str), {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} < {1, 2})
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
e = set()
e.add((1, 2))
e.add((1, 2))
print(e, len(e), (1, 2) in e)
