# lru_cache: typed keys, maxsize=0, eviction order, cache_parameters, functools.cache, wrappers.
from functools import lru_cache, cache, wraps
calls = []
@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(x)
    return x
ident(1); ident(1.0); ident(1); ident(True)
print(calls, ident.cache_info(), ident.cache_parameters())
@lru_cache(maxsize=0)
def never(x):
    return x * 2
print(never(2), never(2), never.cache_info())
@lru_cache(maxsize=3)
def sq(x):
    print("  miss", x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1]:
    sq(v)
print(sq.cache_info())
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info(), fact.__name__, fact.__wrapped__(3) if False else "skip")
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())
@lru_cache
def kw(a, *, b=0):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw(b=2, a=1), kw.cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
def outer(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@outer
@outer
def base():
    "base doc"
    return 42
print(base(), base.__name__, base.__doc__, base.__wrapped__.__wrapped__.__name__, base.__wrapped__ is not base)
print(type(ident.cache_info()).__name__, ident.cache_info().hits, ident.cache_info()._fields)
ident.cache_clear()
print(ident.cache_info())
