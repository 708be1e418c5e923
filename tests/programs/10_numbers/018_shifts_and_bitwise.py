# Shifts by small and huge counts (floor semantics of >> on negatives, MemoryError/OverflowError
# for impossible sizes) and two's-complement & | ^ ~ on big negative ints.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if abs(r) < 10**60 else ("big", r.bit_length(), r % 1000003))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for a in [0, 1, -1, 5, -5, 2**30 - 1, -2**30, 2**62, -2**62 - 3, 3**100, -3**100]:
    for n in [0, 1, 2, 29, 30, 31, 32, 33, 60, 61, 62, 63, 64, 65, 100, 1000]:
        l = a << n
        r = a >> n
        assert l == a * 2 ** n and r == a // 2 ** n, (a, n)
    print(a, (a << 100) % 1000003, a >> 3, a >> 1000, (a << 77) >> 77 == a)
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("2**100 << -5", lambda: 2**100 << -5)
show("0 << 2**100", lambda: 0 << 2**100)
show("1 >> 2**100", lambda: 1 >> 2**100)
show("-1 >> 2**100", lambda: -1 >> 2**100)
show("-(2**100) >> 2**70", lambda: -(2**100) >> 2**70)
show("1 << 2**70", lambda: 1 << 2**70)
show("1 << 2**63", lambda: 1 << 2**63)
show("1 << 1.0", lambda: 1 << 1.0)
show("1.0 << 1", lambda: 1.0 << 1)
show("True << 3", lambda: True << 3)
show("1 << 100000", lambda: 1 << 100000)
show("-5 & 0xff", lambda: -5 & 0xff)
show("-5 | 0xff", lambda: -5 | 0xff)
show("-5 ^ -0xff", lambda: -5 ^ -0xff)
show("-2**100 | 2**50", lambda: -2**100 | 2**50)
show("-2**100 ^ -2**99", lambda: -2**100 ^ -2**99)
show("-2**100 & (-2**99 - 1)", lambda: -2**100 & (-2**99 - 1))
show("(2**200 - 1) & -2**100", lambda: (2**200 - 1) & -2**100)
show("~(2**100)", lambda: ~(2**100))
show("~-(2**100)", lambda: ~-(2**100))
show("(2**64 - 1) ^ (2**64 - 1)", lambda: (2**64 - 1) ^ (2**64 - 1))
show("1 & 1.0", lambda: 1 & 1.0)
show("2**70 >> 69, -2**70 >> 69, -2**70 >> 71", lambda: (2**70 >> 69, -2**70 >> 69, -2**70 >> 71))
show("-1 >> 1, -3 >> 1, -(2**61 + 1) >> 61", lambda: (-1 >> 1, -3 >> 1, -(2**61 + 1) >> 61))
x = 0
for k in range(0, 300, 7):
    x |= 1 << k
print(x.bit_count(), x.bit_length(), (x >> 150).bit_count(), (-x).bit_count(), (~x).bit_length())
print(bin(-x)[:20], hex(x >> 200), oct(-(x >> 250)))
