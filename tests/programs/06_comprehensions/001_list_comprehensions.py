# List comprehensions: mapping, filtering, any iterable as source.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, s) for i, s in enumerate("abc")])
print([k for k in {"b": 1, "a": 2}])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
print([str(n) for n in (1, 2.5, None, True)])
print([[] for _ in range(3)])
print([x for x in []], [f(2) for f in (abs, str, float)])
words = ["apple", "Bob", "cat"]
print([w for w in words if w[0].isupper() or len(w) == 3])
