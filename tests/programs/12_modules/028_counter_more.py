# Counter: missing keys, comparisons, update/subtract forms, in-place operators, errors.
from collections import Counter
c = Counter(["x", "y", "x", "z", "x"])
print(c, c["nothing"], "nothing" in c, len(c))
del c["nothing"]
del c["y"]
print(c, c.most_common(0), c.most_common(-3), c.most_common(1))
c.update(["y", "y"], x=10)
c.update({"w": 2})
c.subtract(x=20)
print(c, c.total())
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=1), Counter(a=1) >= Counter())
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=2))
p = Counter(a=3, b=1)
p += Counter(a=-5, c=2)
print(p)
p -= Counter(b=1)
print(p)
q = Counter(a=1, b=5)
q |= Counter(a=4, b=1, d=2)
print(q)
q &= Counter(a=2, b=7)
print(q)
print(list(Counter("banana").elements()), Counter("abc").copy(), repr(Counter()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter({"a": 2}) + Counter({"a": -2}), -Counter(a=-2, b=3), +Counter(a=-1, b=2))
words = "one two two three three three".split()
print(Counter(words).most_common(), sorted(Counter(words)))
print(type(Counter()).__module__, isinstance(Counter(), dict), Counter("aab") == {"a": 2, "b": 1})
