# Assigning to slices: can grow or shrink a list; extended slices need equal lengths.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::3] = [None] * 3
print(b)
c = [1, 2, 3]
c[:] = (9, 8)
print(c)
d = [0, 1, 2, 3, 4]
d[3:1] = ["ins"]
print(d)
e = [0, 1, 2, 3]
e[::-1] = [10, 11, 12, 13]
print(e)
try:
    e[::2] = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
f = [1, 2, 3]
f[1:2] = f
print(f)
