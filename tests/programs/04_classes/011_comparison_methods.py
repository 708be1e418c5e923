# Rich comparisons written by hand (no functools.total_ordering), reflection and NotImplemented.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts > o.parts
    def __ge__(self, o):
        return not self < o
    __hash__ = None

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a != c, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  {self.n}.__lt__({o.n})")
        return self.n < o.n
    def __gt__(self, o):
        print(f"  {self.n}.__gt__({o.n})")
        return self.n > o.n
print(Loud(1) > Loud(2))
print(Loud(3) < Loud(4))

class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
print(OnlyLt(5) > OnlyLt(2))      # reflected: OnlyLt(2) < OnlyLt(5)
print(Version(1) == Version(1), Version(1) is Version(1))
