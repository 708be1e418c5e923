# deque: getsizeof follows CPython's 64-item blocks; insert/remove/index, operators, mutation checks.
import sys
from collections import deque
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))))
print(sys.getsizeof(deque(range(200))), sys.getsizeof(deque(maxlen=5)))
d = deque()
sizes = []
for i in range(140):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
e = deque()
for i in range(40):
    e.appendleft(i)
print(sys.getsizeof(e))
while e:
    e.pop()
print(sys.getsizeof(e))
d = deque("abcde")
d.insert(2, "X")
d.insert(-1, "Y")
d.insert(100, "Z")
print(d, d.index("X"), d.index("c", 2), d[-2])
d.remove("X")
del d[0]
d[0] = "B"
print(d, len(d), "Z" in d, "X" in d)
d.reverse()
print(d, d.copy() == d, d.copy() is d)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1, 2]) < deque([1, 3]))
f = deque([1, 2, 3], maxlen=3)
f += [4, 5]
print(f, f.maxlen)
f.extendleft([0])
print(f)
g = deque([1])
g *= 3
print(g, list(reversed(g)), deque() == deque(), bool(deque()))
for label, thunk in [("index missing", lambda: deque([1]).index(9)),
                     ("remove missing", lambda: deque([1]).remove(9)),
                     ("getitem", lambda: deque()[0]),
                     ("popleft", lambda: deque().popleft()),
                     ("insert full", lambda: deque([1], maxlen=1).insert(0, 2)),
                     ("maxlen -1", lambda: deque(maxlen=-1)),
                     ("maxlen str", lambda: deque(maxlen="x")),
                     ("hash", lambda: hash(deque())),
                     ("add list", lambda: deque() + [1])]:
    try:
        thunk()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
h = deque([1, 2, 3])
try:
    for x in h:
        h.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
r = deque([1])
r.append(r)
print(r)
print(type(deque()).__module__, deque.__name__, deque([1, 2, 3], 2))
big = deque(range(1000))
big.rotate(333)
print(big[0], big[-1], big[500], sum(big))
big.rotate(-1333)
print(big[0], big[999], len(big))
