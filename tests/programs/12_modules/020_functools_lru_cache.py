# lru_cache memoizes calls; cache_info reports hits/misses/maxsize/currsize; cache_clear resets.
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def square(n):
    print("  computing", n)
    return n * n
for n in (1, 2, 1, 3, 1, 2):
    print(n, square(n))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@lru_cache
def no_parens(a, b=1):
    return a + b
print(no_parens(1), no_parens(1), no_parens(1, b=1), no_parens.cache_info())
print(fib.__name__, fib(10))
try:
    no_parens([1])
except TypeError as e:
    print("TypeError:", e)
