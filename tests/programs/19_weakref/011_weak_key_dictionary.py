# weakref.WeakKeyDictionary: entries vanish as soon as their key dies; lookups by equal keys
# (refs compare by referent), the mapping API, keyrefs, non-weakrefable keys, | and |=.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[1]], d[K(1)], K(2) in d, 1 in d, [] in d, d.get(K(9)), d.get(K(9), "x"))
del keys[0]
print(len(d), sorted(d.values()), sorted(d.keys(), key=lambda k: k.n))
print(sorted(d.items(), key=lambda kv: kv[0].n))
refs = d.keyrefs()
print(len(refs), type(refs[0]).__name__, sorted(r().n for r in refs))
print(d.pop(keys[0]), d.pop(K(77), "none"), len(d))
print(d.setdefault(keys[1], 0), d.setdefault(keys[0], "new"), len(d))
k, v = d.popitem()
print(k, v, len(d))
del k
d.update({keys[0]: "a"})
d.update([(keys[1], "b")])
print(sorted(d.items(), key=lambda kv: kv[0].n))
try:
    d[1] = 2
except TypeError as e:
    print(e)
try:
    d.update(x=1)
except TypeError as e:
    print(e)
c = d.copy()
print(type(c).__name__, c == d, d == dict(d.items()), d != {})
u = d | {keys[3]: "c"}
w = {keys[3]: "d"} | d
print(type(u).__name__, type(w).__name__, len(u), len(w), u[keys[3]], w[keys[3]])
d |= {keys[3]: "e"}
print(len(d), d[K(3)])
del d[keys[0]]
print(len(d), keys[0] in d)
try:
    del d[K(42)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    d[K(42)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(repr(d) == "<WeakKeyDictionary at %#x>" % id(d))
try:
    hash(d)
except TypeError as e:
    print(e)
del keys[:]
print(len(d), len(c), len(u), len(w), list(d), list(d.values()))
init = weakref.WeakKeyDictionary({K(1): 1})
obj = K(2)
init2 = weakref.WeakKeyDictionary([(obj, 2)])
print(len(init), len(init2), list(init2.values()))
init2.clear()
print(len(init2))
