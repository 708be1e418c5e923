# Floor division, modulo and shifts on multi-digit integers with every sign combination.
nums = [10 ** 25 + 7, -(10 ** 25 + 7), 2 ** 90, -(2 ** 90) + 3]
dens = [3, -3, 10 ** 12 + 39, -(2 ** 40)]
for n in nums:
    for d in dens:
        q, r = divmod(n, d)
        assert q * d + r == n
        print(q, r)
for k in (0, 1, 29, 30, 31, 60, 64, 100):
    print(k, (1 << k), (2 ** 95) >> k, (-(2 ** 95)) >> k, (-1) << k)
print((2 ** 100 + 5) & 0xFF, (2 ** 100) | 1, (2 ** 100 - 1) ^ (2 ** 99), ~(2 ** 70))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 0xF, -(2 ** 70) ^ -1)
