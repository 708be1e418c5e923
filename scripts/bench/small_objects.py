# Benchmark: creating and dropping many short-lived small objects (instances, tuples, lists, dicts).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

def churn(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        s = Slotted(i, -i)
        t = (p.x, s.b, i)
        l = [t, i, p.y]
        d = {"k": l, "n": i}
        total += d["n"] + l[2] + t[1] + len(l)
    return total

def batches(n, size):
    kept = 0
    for _ in range(n):
        batch = [Point(j, j) for j in range(size)]
        pairs = [(q.x, q.y) for q in batch]
        kept += len(pairs)
        del batch, pairs
    return kept

print(churn(600_000))
print(batches(450, 1000))
strings = 0
for i in range(200_000):
    s = str(i) + "-" + str(i * 2)
    strings += len(s)
print(strings)
