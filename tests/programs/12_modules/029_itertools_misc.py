# The remaining itertools: compress, dropwhile, takewhile, filterfalse, starmap, zip_longest,
# pairwise, tee, cycle; reprs of count and repeat; argument errors.
from itertools import (compress, dropwhile, takewhile, filterfalse, starmap, zip_longest,
                       pairwise, tee, cycle, count, repeat, islice, combinations,
                       combinations_with_replacement, permutations, product, accumulate, chain)
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], "ab"])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(100), 3)
print(sum(x), sum(islice(y, 10)), list(z)[-1], tee([1], 0))
t1, t2 = tee("abc")
t3 = t1.__copy__()
print(list(t1), list(t3), list(t2))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(repr(count()), repr(count(5)), repr(count(1.5, 0.5)), repr(count(2, -1)), repr(count(1, 1.0)))
print(repr(repeat("a")), repr(repeat("a", 3)), repeat(1, 5).__length_hint__(), repr(repeat([], -2)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)))
print(list(permutations("abc", 0)), list(combinations(range(4), 4)), list(product("ab", repeat=0)))
print(list(accumulate([], initial=None)), list(chain.from_iterable([]))[:1])
c = count(3)
next(c)
print(c, next(c))
for label, thunk in [("islice step 0", lambda: islice("a", 0, 1, 0)),
                     ("islice -1", lambda: islice("a", -1, 2)),
                     ("islice str", lambda: islice("a", "x")),
                     ("combinations -1", lambda: combinations("a", -1)),
                     ("permutations -1", lambda: permutations("a", -1)),
                     ("product -1", lambda: product("a", repeat=-1)),
                     ("repeat hint", lambda: repeat(1).__length_hint__()),
                     ("tee -1", lambda: tee([], -1)),
                     ("count str", lambda: count("a")),
                     ("chain kw", lambda: chain(x=1)),
                     ("not iterable", lambda: list(chain(1))),
                     ("starmap non-seq", lambda: list(starmap(abs, [1]))),
                     ("zip_longest arg", lambda: zip_longest([], 5))]:
    try:
        thunk()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(type(count()).__module__, type(count()).__name__, type(tee([])[0]).__name__)
