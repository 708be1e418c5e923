# Generator expressions are lazy and single-use.
squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana" if c != "a"), reverse=True))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
lazy = (log.append(f"consume {v}") or v for v in src())
print(log)
print(list(lazy))
print(log)
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []))
print(", ".join(str(x) for x in range(5)))
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))    # n is looked up when the generator runs
