# product (incl. repeat=), permutations, combinations.
from itertools import product, permutations, combinations
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=1)), list(product()), list(product([], [1])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4])
print(list(combinations("ab", 3)), list(combinations("ab", 0)), list(permutations([], 0)))
print(["".join(p) for p in permutations("aab")])
print(sum(1 for _ in product(range(10), repeat=4)))
