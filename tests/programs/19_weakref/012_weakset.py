# weakref.WeakSet (the _weakrefset module): members vanish when they die; add/discard/remove/
# pop/clear/update/copy, `in` (False for non-weakrefable values), and the set algebra with
# its operators and in-place forms.
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E%d" % self.n


def show(s):
    return sorted(x.n for x in s)


items = [E(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
t = weakref.WeakSet(items[2:])
print(len(s), show(s), items[0] in s, items[5] in s, 1 in s, [] in s)
print(show(s | t), show(s & t), show(s - t), show(s ^ t))
print(show(s.union(items[5:])), show(s.intersection(items[:2])), show(s.difference(items[:1])))
print(show(s.symmetric_difference(items[3:5])), s.isdisjoint(t), s.isdisjoint([]))
print(s <= t, s < s | t, s >= s & t, s > s & t, s == weakref.WeakSet(items[:4]), s != t)
print(s.issubset(items), s.issuperset(items[:2]), s == set(items[:4]), s == items[:4])
u = s.copy()
print(type(u).__name__, show(u), u is not s)
u.add(items[5])
u.discard(items[0])
u.discard(E(99))
u.remove(items[1])
try:
    u.remove(items[1])
except KeyError:
    print("KeyError")
print(show(u))
u |= t
print(show(u))
u -= weakref.WeakSet(items[4:])
print(show(u))
u &= items[:3]
print(show(u))
u ^= items[1:3]
print(show(u))
u.update(items[::2])
print(show(u))
u.difference_update(items[:1])
u.intersection_update(items[2:])
u.symmetric_difference_update(items[4:])
print(show(u))
u -= u
print(len(u))
del items[0]
print(len(s), show(s), show(s | t))
x = s.pop()
print(x in s, len(s))
del x
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.add(1)
except TypeError as e:
    print(e)
try:
    hash(s)
except TypeError as e:
    print(e)
only = weakref.WeakSet([E(7)])
print(len(only), list(only))
keep = E(8)
one = weakref.WeakSet([keep])
print(repr(one) == repr(one.data), repr(one).startswith("{<weakref at "))
del keep
print(repr(one), len(one))
