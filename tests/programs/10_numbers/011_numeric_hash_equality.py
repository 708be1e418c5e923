# Equal numbers hash equal, so mixed int/float/bool keys collapse in dicts and sets.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool one"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(len({1, 1.0, 2, 2.0, 3.5}), {2 ** 40: "a"}[float(2 ** 40)])
print(hash(-1) == hash(-2), hash(-1), hash(-2), hash(-1.0))
print(hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(hash(0.5) == hash(1 / 2), hash(float("inf")), hash(-float("inf")))
