# Containers that contain themselves print with [...] / {...} instead of recursing forever.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
outer = [[]]
outer[0].append(outer)
print(outer)
x = []
x.append(x)
print(x, str(x), repr([x]))
s = {"key": [d]}
print(s)
t = ([],)
t[0].append(t)
print(t)
