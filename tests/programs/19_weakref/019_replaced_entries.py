# A dying value only removes its own entry: when a key was re-bound in a WeakValueDictionary
# (or an equal key replaced in a WeakKeyDictionary) before the old object died, the new entry
# stays. setdefault/get/`in` treat an entry whose value died as missing.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n


d = weakref.WeakValueDictionary()
old, new = V(1), V(2)
d["k"] = old
kept = d.valuerefs()  # keeps the old KeyedRef (and so its callback) alive
d["k"] = new
del old
print(len(d), d["k"], kept[0](), kept[0].key)
del new
print(len(d), "k" in d)

# an entry whose value died while iterating is still in .data; lookups ignore it
vals = [V(i) for i in range(3)]
d2 = weakref.WeakValueDictionary(enumerate(vals))
it = iter(d2.items())
next(it)
del vals[1]
print(1 in d2.data, d2._pending_removals)
print(d2.get(1), d2.get(1, "gone"), 1 in d2)
fresh = V(10)
print(d2.setdefault(1, fresh), d2._pending_removals, d2[1])
del it
print(sorted(d2), len(d2))

# the same with equal keys in a WeakKeyDictionary


class K:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


k = weakref.WeakKeyDictionary()
first, second = K(1), K(1)
k[first] = "a"
k[second] = "b"  # an equal key: the entry (and its original key ref) is kept
print(len(k), k[first], k[second], k.keyrefs()[0]() is first)
del second
print(len(k))
del first
print(len(k))
