# weakref.WeakValueDictionary: entries vanish as soon as their value dies; the mapping API
# (get, setdefault, pop, popitem, update, copy, valuerefs/itervaluerefs, keys/values/items,
# `in`, len, clear, ==, | and |=), KeyedRef entries, repr, unhashability.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n


vals = {k: V(k) for k in range(6)}
d = weakref.WeakValueDictionary()
for k, v in vals.items():
    d[k] = v
print(len(d), sorted(d), sorted(d.values(), key=lambda v: v.n), d[2], 2 in d, 9 in d)
del vals[2]
print(len(d), 2 in d, d.get(2), d.get(2, "dflt"), sorted(d.keys()))
try:
    d[2]
except KeyError as e:
    print("KeyError", e)
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__, sorted(r.key for r in refs), refs[0]() is vals[refs[0].key])
print(sorted(r.key for r in d.itervaluerefs()), type(d.itervaluerefs()).__name__)
print(d.pop(0), d.pop(0, "none"), len(d))
try:
    d.pop(0)
except KeyError as e:
    print("KeyError", e)
print(d.setdefault(1, V(99)), d.setdefault(7, vals[5]), len(d))
k, v = d.popitem()
print(k, v, len(d))
d.update({10: vals[1]}, eleven=vals[3])
d.update([(12, vals[4])])
print(sorted(d.items(), key=str))
c = d.copy()
print(type(c).__name__, sorted(c.items(), key=str) == sorted(d.items(), key=str), c == d, c is not d)
print(d == dict(d.items()), d != {}, d == 1)
del vals[1]
print(len(d), len(c), sorted(c, key=str))
e = d | {20: vals[4]}
f = {21: vals[4]} | d
print(type(e).__name__, type(f).__name__, len(e), len(f))
d |= {22: vals[3]}
print(len(d), sorted(d, key=str))
try:
    d | [1]
except TypeError as ex:
    print(ex)
g = weakref.WeakValueDictionary({1: vals[3]}, two=vals[4])
print(sorted(g.items(), key=str))
g2 = weakref.WeakValueDictionary([(1, vals[3])])
print(list(g2.items()))
text = repr(d)
print(text == "<WeakValueDictionary at %#x>" % id(d))
try:
    hash(d)
except TypeError as ex:
    print(ex)
try:
    d[3] = 5
except TypeError as ex:
    print(ex)
del d["eleven"]
print("eleven" in d)
d.clear()
print(len(d), list(d), dict(c.items()) == {k: v for k, v in c.items()})
vals.clear()
print(len(c), len(e), len(f), len(g), list(c.keys()), list(c.values()), list(c.items()))


class Sub(weakref.WeakValueDictionary):
    pass


s = Sub()
keep = V(0)
s["x"] = keep
print(type(s.copy()).__name__, type(s | {}).__name__, type({} | s).__name__)
