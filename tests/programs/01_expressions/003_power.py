# ** : right-associative, binds tighter than unary minus on its left, negative exponents give floats.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** 3 ** 2)          # 2 ** 9 = 512, not 64
print((2 ** 3) ** 2)
print(-2 ** 2)              # -(2 ** 2)
print((-2) ** 2, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -1, (-8) ** -2)
print(2.0 ** 3, 2 ** 0.5, 4 ** 0.5, 9 ** -0.5)
print(1.5 ** 2, (-1.5) ** 3, 0.5 ** -2)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
print(2 ** 100)
print((-3) ** 41)
print(2 ** -1 ** 2)         # 2 ** -(1 ** 2)
print(-2 ** -2)
x = 3
x **= 4
print(x)
