# Indexing with positive and negative indices, nested subscripts, dict and str subscripts.
lst = [10, 20, 30, 40]
print(lst[0], lst[-1], lst[-4], lst[len(lst) - 1])
lst[1] = 21
lst[-1] = 41
print(lst)
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][-3])
grid[0][1] = 99
print(grid)
s = "python"
print(s[0], s[-1], s[2])
t = (1, (2, 3), [4, 5])
print(t[1][0], t[2][-1])
t[2][0] = 40
print(t)
d = {"a": {"b": [1, 2, {"c": "deep"}]}}
print(d["a"]["b"][2]["c"])
d["a"]["b"][0] = "changed"
print(d)
d[(1, 2)] = "tuple key"
print(d[1, 2])
r = range(100, 0, -7)
print(r[0], r[-1], r[3])
