# sum with start; any/all short-circuit and their empty-input values.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(4)), sum([], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any([0, 0, 1]), all([1, 1, 0]))
def noisy(v):
    print("  check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any(x > 10 for x in range(20)), all(isinstance(x, int) for x in [1, True]))
