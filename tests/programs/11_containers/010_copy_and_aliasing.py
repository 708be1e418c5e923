# Aliasing vs shallow copies vs nested copies.
orig = [[1, 2], [3, 4]]
alias = orig
shallow = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = [row[:] for row in orig]
orig[0].append(99)
orig.append([5])
print(alias, shallow, shallow2, shallow3, deep, sep="\n")
print(alias is orig, shallow is orig, shallow[0] is orig[0], deep[0] is orig[0])
grid = [[0] * 3] * 3          # the same row three times
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
d = {"list": [1]}
d2 = dict(d)
d2["list"].append(2)
d2["other"] = 0
print(d, d2)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
mine = ["original"]
print(modify(mine), mine)
