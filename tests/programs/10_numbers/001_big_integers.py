# Arbitrary-precision integers: arithmetic, comparisons and conversions far beyond 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(b, a))
print(a > b, a == 2 ** 100, (a + 1) - a, a // a, a * 0)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), f % 1000003)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1 + 1, 2 ** 31 * 2 ** 31)
print((2 ** 200) // (2 ** 150) == 2 ** 50, (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(int(str(2 ** 333)) == 2 ** 333, str(-(10 ** 30)), abs(-(7 ** 40)))
x = 1
for _ in range(10):
    x = x * 1000003 + 12345
print(x, x.bit_length(), hex(x)[:12])
print(sum(range(10 ** 6)), 999999999999 * 999999999999)
