# Integer + - * and true division, including negative operands and mixed signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (12, 4), (1, 3)]
for a, b in pairs:
    print(a, b, "add", a + b, "sub", a - b, "mul", a * b, "div", a / b)

# operations keep int type, except true division which always gives a float
print(type(6 + 2).__name__, type(6 * 2).__name__, type(6 / 2).__name__)
print(6 / 2, 1 / 4, -1 / 8, 10 / 3)

# associativity: - and / are left-associative
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 * 4)
# large intermediate results stay exact
print(123456789 * 987654321, 2 ** 64 - 1 + 1)
