# * and + on sequences create new objects; repeating a list repeats references.
a = [1, 2]
b = a + [3]
c = a * 3
print(b, c, a, [] * 5, [0] * 0, a * -1)
row = [None]
rows = [row] * 3
row.append("shared")
print(rows)
s = "ab" * 3 + "c"
t = (1,) * 4 + (2,)
print(s, t, len("" * 100))
nested = [[]] * 2
nested[0].append(1)
print(nested, nested[0] is nested[1])
x = [1]
x *= 3
print(x)
try:
    [1] * 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
