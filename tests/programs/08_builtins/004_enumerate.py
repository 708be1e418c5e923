# enumerate with and without start, over various iterables.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 100)))
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
e = enumerate(["first", "second"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
print(dict(enumerate("xyz")))
print(list(enumerate(enumerate("ab"))))
