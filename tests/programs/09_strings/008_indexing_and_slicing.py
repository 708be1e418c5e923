# Indexing and slicing strings; strings are immutable.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3])
print(s[100:], s[-100:3], s[5:2], repr(s[5:5]), s[::-4])
for i in range(-3, 3):
    print(i, s[i])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
t = "z" + s[1:]
print(t, s)
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u))
