# Unary -, +, ~ and not.
for v in (0, 5, -5, 2 ** 70, 1.5, -0.0, True, False):
    print(repr(v), -v, +v, not v)
for v in (0, 5, -5, 2 ** 70, True):
    print(v, ~v)
print(- - 3, -(-3), +-3, -+3, ~~7, not not 0)
print(--1.5, -(2 ** 3))
