# min/max with several arguments, one iterable, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min("b", "a", "c"), max([1.5, 2, -1]), max(range(10)))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3], key=lambda x: 0))      # first of equal maxima wins
print(min(["bb", "aa", "cc"], key=len), max(["bb", "aa", "cc"], key=len))
print(max(True, 0), min(-0.0, 0), max({"a": 1, "b": 0}))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
