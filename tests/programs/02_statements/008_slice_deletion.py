# del on slices, including extended slices and negative steps.
a = list(range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = list(range(10))
del b[::-2]
print(b)
c = list(range(5))
del c[:]
print(c, len(c))
d = list(range(6))
del d[10:20]
print(d)
del d[1], d[1]
print(d)
