# bisect: bisect_left/bisect_right/bisect (lo, hi, key), insort/insort_left, the lo check; the
# comparisons made (one __lt__ a step) as CPython's.
import bisect

a = [1, 2, 2, 2, 5, 7]
for x in [0, 1, 2, 3, 7, 8]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 1, 4),
          bisect.bisect_left(a, x, key=lambda v: v), bisect.bisect_right(a, x, hi=2))
b = []
for v in [5, 1, 3, 3, 9]:
    bisect.insort(b, v)
    bisect.insort_left(b, v)
print(b)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)


class Counted:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v


items = [Counted(i) for i in range(100)]
print(bisect.bisect_left(items, Counted(37)), bisect.bisect_right(items, Counted(37)),
      Counted.calls)
