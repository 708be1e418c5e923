# Big-int arithmetic identities on deterministic pseudo-random operands from 1 to 9000 bits
# (schoolbook and Karatsuba multiplication, long division), plus a few exact big results.
seed = 12345
def rnd(bits):
    global seed
    r = 0
    while bits > 0:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 64) | seed
        bits -= 64
    return r

sizes = [1, 29, 30, 31, 59, 60, 61, 63, 64, 65, 100, 200, 1000, 2100, 4200, 9000]
checks = 0
for i, bits in enumerate(sizes):
    for j, bits2 in enumerate(sizes):
        a = rnd(bits) >> (rnd(6) % 7)
        b = rnd(bits2) | 1
        if (i + j) % 3 == 0:
            a = -a
        if (i * j) % 4 == 1:
            b = -b
        q, r = divmod(a, b)
        assert q * b + r == a, (a, b)
        assert abs(r) < abs(b) and (r == 0 or (r < 0) == (b < 0))
        assert a // b == q and a % b == r
        assert (a + b) - b == a and (a - b) + b == a
        assert (a * b) // b == a
        assert a * b == b * a
        assert (a + b) * (a - b) == a * a - b * b
        assert -(-a) == a and ~a == -a - 1
        assert (a & b) + (a | b) == a + b
        assert (a ^ b) == (a | b) - (a & b)
        assert (a << 13) >> 13 == a
        assert a >> 7 == a // 128
        checks += 1
        if j == i:
            print(bits, bits2, hash(a) % 1000003, hash(q) % 1000003, r % 97, (a * b) % 1000003,
                  a.bit_length(), (a ^ b).bit_count() % 1000)
print("checks", checks)
x = 3 ** 5000
print(len(str(x)), str(x)[:30], str(x)[-30:])
y = x * x
print(y % (10 ** 20), y.bit_length(), y // x == x)
print(x // 7 ** 1000 % 10 ** 15)
f = 1
for k in range(1, 600):
    f *= k
print(len(str(f)), f % (10 ** 12 + 39), sum(int(c) for c in str(f)))
print(pow(2, 10000) % 1000007, (-2) ** 333 % 10 ** 9, 10 ** 100 // 3 ** 100)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 // -1, -(2 ** 63) // -1)
print((2 ** 100 + 1) / 2 ** 100, 2 ** 1000 / 3 ** 600, 10 ** 400 // 10 ** 399 / 7)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-7, -2), -2**40 // 3, -2**40 % 3)
print((2**40 + 5) - 2**40, 2**61 - 2**61, (-2**90) + 2**90 + 1, 2**60 * 2**60 - 2**120)
