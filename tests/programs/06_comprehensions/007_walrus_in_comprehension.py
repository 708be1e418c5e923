# := inside a comprehension binds in the enclosing scope.
values = [1, 5, 2, 8, 3]
running = 0
sums = [running := running + v for v in values]
print(sums, running)
big = [y for v in values if (y := v * 10) > 25]
print(big, y)
def in_function():
    hits = [m for s in ["a1", "bb", "c22"] if (m := len(s)) > 2]
    return hits, m
print(in_function())
