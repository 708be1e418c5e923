# range: start/stop/step, negative steps, len, indexing, slicing, membership, equality.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(0)))
print(list(range(5, 1)), list(range(1, 5, -1)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[2], r[-1], r[-2])
print(r[1:4], r[::-1], r[::2], r[10:], list(r[-3:]))
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, "7" in r)
print(r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2))
print(repr(range(1, 2, 3)), str(range(4)), r.start, r.stop, r.step)
print(sum(range(1, 101)), max(range(-3, 3)), list(reversed(range(4))))
big = range(0, 10 ** 20, 10 ** 10)
print(len(big), big[-1], 10 ** 15 in big)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
