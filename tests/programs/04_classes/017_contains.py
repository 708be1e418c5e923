# __contains__ decides `in`; without it, `in` iterates.
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 5 in e, 5 not in e)

class Iterable:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in Iterable(), 7 in Iterable())

class Truthy:
    def __contains__(self, x):
        return "non-empty string"       # coerced to bool
print(1 in Truthy())

class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(1, 10)
print([x for x in (0, 1, 5, 10) if x in r])
