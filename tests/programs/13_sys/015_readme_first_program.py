# The README's first program: keep the README true.
import sys

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
names = ["ada", "grace"]
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))  # instance, and its key-sharing dict
print(sys.getsizeof(names), sys.getrefcount(p))     # list header + 2 slots; refs: p + argument
names.append("barbara")
print(sys.getsizeof(names))                          # over-allocated as CPython does
n = 256
print(n + 1 - 1 is n, sys.getsizeof(2**30))          # small-int cache; a two-digit int
