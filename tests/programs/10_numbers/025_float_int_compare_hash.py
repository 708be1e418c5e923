# Exact comparisons between floats and ints of any size (no rounding of the int), hash(x) equal for
# equal numbers of different types, inf/nan/-0.0 hashes, and numbers as dict/set keys.
big = [2**53, 2**53 + 1, -(2**53 + 1), 2**63, 2**64 + 1, 10**20, 10**23, 2**1023, 2**1024, 10**400, -10**400]
fl = [2.0**53, 9007199254740994.0, -9007199254740992.0, 9.223372036854776e18, 1.8446744073709552e19,
      1e20, 1e23, 8.98846567431158e307, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan')]
for i in big:
    row = []
    for f in fl:
        row.append("".join("1" if r else "0" for r in (i < f, i <= f, i == f, i != f, i > f, i >= f)))
    print(i % 1000, " ".join(row))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2.0**53 < 2**53 + 1, 10**400 > 1e308)
print(-10**400 < -1e308, float('inf') > 10**400, float('nan') == 10**400, float('nan') != 2**100)
print(1e16 == 10**16, 1e23 == 10**23, 0.5 < 1, -0.5 > -1, 2**100 == 2.0**100, 2**100 + 1 == 2.0**100)
print(2**100 - 1 < 2.0**100, 0.0 == 0, -0.0 == 0, 0.5 == True, 1.0 == True, 2.5 > False)
print(2**60 + 0.5 > 2**60, 2**60 + 1 > 2.0**60, 1.5 > 1, 1.5 < 2, -1.5 < -1, -1.5 > -2)
print(max(2**64, 1.8446744073709552e19), min(2**64 + 1, 1.8446744073709552e19), sorted([3, 2.5, 10**20, 1e19, -1]))
print(hash(1) == hash(1.0) == hash(True), hash(2**40) == hash(2.0**40), hash(0.5) == hash(1/2))
print(hash(1e16) == hash(10**16), hash(2.0**100) == hash(2**100), hash(1e300) == hash(int(1e300)))
print(hash(-1), hash(-1.0), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**61 + 5))
print(hash(2**100), hash(-2**100), hash(-2**61 + 1), hash(10**30), hash(-(10**30)))
print(hash(1.5), hash(-0.5), hash(0.1), hash(1e300), hash(-1e-300), hash(2.0**61), hash(2.0**62))
print(hash(float('inf')), hash(float('-inf')), hash(0.0), hash(-0.0), hash(False))
n = float('nan')
print(hash(n) == hash(n), n in {n}, float('nan') in {n}, {n: 1}.get(n), len({float('nan'), float('nan')}))
d = {1: 'int', 2**70: 'big'}
d[1.0] = 'float'
d[True] = 'bool'
d[float(2**70)] = 'bigfloat'
print(d, len({0, 0.0, -0.0, False}), {2**64: 1}[2.0**64], 10**30 in {1e30})
print(sorted({1, 1.0, 2, 2.0, 3.5, 2**53, 2.0**53, 2**53 + 1}))
