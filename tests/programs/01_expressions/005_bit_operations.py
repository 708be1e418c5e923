# & | ^ ~ << >> on ints, including negatives (two's complement with infinite sign bits).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1 << 64, 5 << 0, 1024 >> 3, 1 >> 5)
print(-1 >> 10, -16 >> 2, -17 >> 2, -1 << 3)
print(-12 & 7, -12 | 7, -12 ^ 7, 12 & -8)
print((1 << 100) >> 98, (1 << 100) & ((1 << 100) - 1), (2 ** 70 - 1) ^ 2 ** 69)
print(True & False, True | False, True ^ True, type(True & True).__name__)
# precedence: shifts bind tighter than &, & tighter than ^, ^ tighter than |
print(1 | 2 ^ 3 & 4 << 1)
print(((1 | 2) ^ 3) & 4 << 1)
x = 0xFF
x &= 0x0F
x |= 0x100
x ^= 0x1
x <<= 2
x >>= 1
print(x, hex(x))
