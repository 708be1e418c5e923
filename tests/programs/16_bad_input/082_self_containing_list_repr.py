# Printing recursive containers terminates with [...] rather than raising RecursionError.
a = []
a.append(a)
print(a)
b = [1, [2, [3]]]
b[1][1].append(b)
print(b)
d = {}
d["me"] = d
d["list"] = [d]
print(d)
print(str(a) == repr(a), len(repr(a)))
