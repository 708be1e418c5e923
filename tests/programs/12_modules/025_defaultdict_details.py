# defaultdict: repr, factory handling, copy, errors, getsizeof and subclassing.
import sys
from collections import defaultdict
d = defaultdict(list, {"a": [1]}, b=[2])
d["c"].append(3)
print(d, len(d))
print(sys.getsizeof(defaultdict()), sys.getsizeof({}), sys.getsizeof(defaultdict(int)))
print(repr(defaultdict()), repr(defaultdict(None)))
c = d.copy()
c["a"].append(99)
print(type(c).__name__, c.default_factory is list, d["a"])
d.default_factory = lambda: "fresh"
print(d["zz"], d.get("yy"), "yy" in d)
d.default_factory = None
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(d.__missing__ if False else "skip", defaultdict(int).__missing__("k"))
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(isinstance(t, defaultdict), isinstance(t, dict), type(t["a"]).__name__)
print(defaultdict(int, {"x": 1}) == {"x": 1}, defaultdict(int, a=1) | {"b": 2})
m = defaultdict(int)
for ch in "mississippi":
    m[ch] += 1
print(sorted(m.items()), max(m, key=m.get))
print(type(m).__module__, defaultdict.__name__)
try:
    m[[1]]
except TypeError as e:
    print("TypeError:", e)
