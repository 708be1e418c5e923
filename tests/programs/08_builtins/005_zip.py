# zip stops at the shortest input; zero or one iterables work too.
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip(range(5), [10], "xyz")))
print(list(zip()), list(zip([1, 2])))
print(dict(zip(["a", "b"], [1, 2])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
z = zip(iter([1, 2, 3]), iter([4, 5]))
print(next(z), list(z))
print([a * b for a, b in zip(range(4), range(10, 14))])
try:
    zip([1], [2], strict=True)
    print(list(zip([1, 2], [3], strict=True)))
except ValueError as e:
    print("ValueError:", e)
