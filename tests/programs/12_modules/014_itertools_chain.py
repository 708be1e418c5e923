# chain and chain.from_iterable, lazily concatenating iterables.
from itertools import chain
print(list(chain([1, 2], "ab", (3,), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["abc", [1, 2], []])))
print(list(chain.from_iterable([x] * x for x in range(4))))
def noisy(n):
    print("  building", n)
    return [n, n]
lazy = chain.from_iterable(noisy(i) for i in range(3))
print("created")
print(next(lazy), next(lazy), next(lazy))
print(sorted(chain({3, 1}, {2})), sum(chain([1], [2], [3])))
