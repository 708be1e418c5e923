# count, repeat and cycle, bounded with islice.
from itertools import count, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -2), 4)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)))
print(list(islice("abcdefgh", 2, 6)), list(islice("abcdefgh", 1, None, 3)), list(islice(range(10), 0, 10, 4)))
print(list(zip(count(1), "xyz")), list(map(pow, range(4), repeat(2))))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
