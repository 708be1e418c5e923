# Unpacking into tuples/lists of targets, nested, from any iterable.
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (4, 5), 6
print(a, b, c)
[x, y] = "xy"
print(x, y)
p, q = range(2)
print(p, q)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
(m,) = [42]
print(m)
n, = (7,)
print(n)
g = (v * v for v in range(3))
s0, s1, s2 = g
print(s0, s1, s2)
data = [1, 2]
data[0], data[1] = data[1], data[0]
print(data)
