# Dict comprehensions: later keys overwrite earlier ones; insertion order is kept.
print({x: x * x for x in range(5)})
print({w: len(w) for w in ["one", "three", "five"]})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({x % 3: x for x in range(10)})
print({c: i for i, c in enumerate("hello")})
print({k.upper(): [v] * v for k, v in d.items()})
print(dict((k, v) for k, v in zip("xyz", range(3))))
