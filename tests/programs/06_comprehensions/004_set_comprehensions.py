# Set comprehensions remove duplicates; printed sorted because set order is not guaranteed.
s = {x % 5 for x in range(20)}
print(sorted(s), len(s), type(s).__name__)
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({len(w) for w in "a bb cc ddd e".split()}))
print(sorted({(x, y) for x in range(2) for y in range(2)}))
print({x for x in range(3)} == {0, 1, 2}, {x for x in []} == set())
evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens & {x for x in range(0, 10, 3)}))
