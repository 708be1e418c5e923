# Entries dying while a weak container is being iterated: the removals are queued and made
# when the last iterator finishes (or is dropped), so the iteration itself is not disturbed;
# len() and mutating calls flush the queue.
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O%d" % self.n


objs = [O(i) for i in range(6)]
d = weakref.WeakValueDictionary((o.n, o) for o in objs)
seen = []
for key in d:
    seen.append(key)
    if key == 1:
        del objs[3:5]  # values 3 and 4 die mid-iteration: skipped, not an error
print(seen, len(d.data), len(d))
print(sorted(d))

it = iter(d.values())
print(next(it))
del objs[0]
print(len(d.data), d._pending_removals)
del it  # dropping the suspended generator ends the guard and flushes the queue
print(len(d.data), d._pending_removals, len(d))

keys = [O(i) for i in range(5)]
k = weakref.WeakKeyDictionary((o, o.n) for o in keys)
got = []
for o, n in k.items():
    got.append(n)
    if n == 0:
        del keys[1]
del o
print(got, len(k))
it = iter(k.keys())
first = next(it)
del keys[3]
print(len(k), len(k.data), len(k._pending_removals))
del k[first]  # an explicit removal while the queue is pending
print(len(k), len(k.data))
del it, first
print(len(k), len(k.data), sorted(o.n for o in k))

members = [O(i) for i in range(4)]
s = weakref.WeakSet(members)
count = 0
for m in s:
    count += 1
    if count == 1:
        members.clear()  # every member except the one held by `m` dies
print(count <= 4, len(s.data) >= 1)
del m
print(len(s), list(s))

# the guard is per container: nested iterations share one queue
vals = [O(i) for i in range(3)]
d2 = weakref.WeakValueDictionary(enumerate(vals))
outer = iter(d2.items())
inner = iter(d2.keys())
next(outer), next(inner)
del vals[2]
print(len(d2._iterating), d2._pending_removals)
del outer
print(d2._pending_removals)
del inner
print(d2._pending_removals, len(d2))
