# Int keys (including negative and large ones) keep insertion order; sets of small ints print sorted by hash.
d = {}
for k in (10, -1, 2 ** 40, 0, 7, -(2 ** 40), 3):
    d[k] = str(k)
print(d)
print({5, 3, 1, 4, 2}, {-1, -2, 0}, set(range(10, 0, -1)))
counts = {}
for n in [3, 1, 3, 2, 1, 3]:
    counts[n] = counts.get(n, 0) + 1
print(counts, max(counts, key=counts.get))
