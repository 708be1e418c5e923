# list.sort / sorted call __lt__ in CPython's order (timsort with powersort merging): the
# number and sequence of comparisons match, not just the result.
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v

data = [ (i * 7919) % 1000 for i in range(2000)]
for n in (0, 1, 2, 5, 31, 64, 65, 100, 257, 1000, 2000):
    calls.clear()
    xs = [K(v) for v in data[:n]]
    ys = sorted(xs)
    print(n, len(calls), hash(tuple(calls)) & 0xffff, [y.v for y in ys] == sorted(data[:n]))
calls.clear()
xs = [K(v % 10) for v in range(500)]
xs.sort(reverse=True)
print(len(calls), [x.v for x in xs[:12]])
# runs
calls.clear()
xs = [K(v) for v in list(range(300)) + list(range(300, 0, -1)) + list(range(50))]
xs.sort()
print(len(calls), hash(tuple(calls)) & 0xffff)
print(sorted(["b", "a", "c"], key=str.upper), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3.5, 1, 2.25]))
l = [3, 1, 2]
def bad(x):
    l.append(1)
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print(e, l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
print(sorted(range(20), key=lambda x: x % 3))
