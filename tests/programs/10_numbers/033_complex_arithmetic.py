# + - * / with int, float and complex operands in both directions, CPython 3.11's algorithms
# (schoolbook product, Smith's division) with infinities and NaN, and the operators complex does
# not have.
inf = float("inf")
nan = float("nan")
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 1.5, 1.5 + a, a - 0.5, 0.5 - a, a * 0.5, 0.5 * a, a / 0.5, 0.5 / a)
print(True + 1j, 1j - True, 1j * False, -a, +a, -(0j), -(-0j), abs(b), abs(-3j))
print((1 + 2j) / (3 + 4j), 1 / 2j, 1j / 1j, (1e300 + 1e300j) / (1e-300 + 1e-300j))
print(complex(inf, 0) * 2, complex(inf, 1) / complex(inf, 1), 1j / complex(nan, 1))
print(complex(1, 0) / complex(0, inf), complex(inf, inf) + complex(-inf, 1))
print(complex(1e308, 1e308) * 10, complex(1e-320, 1) / complex(1e-320, 1e-320))

for num, den in [(1 + 2j, 0), (1 + 2j, 0.0), (1, 0j), (1.5, -0j), (0j, 0j), (1j, complex(0, -0.0))]:
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

acc = 0j
for k in range(1, 11):
    acc += complex(k, -k) / k
    acc *= 1 - 0.5j
print(acc)
acc = 1 + 1j
acc -= 2
acc /= 1j
print(acc, sum([1j, 2, 3.5]), sum([0.5j] * 4, 1j))

# overflow converting an int operand, in both directions
for f in [lambda: (1 + 2j) + 2 ** 1024, lambda: 2 ** 1024 * 1j, lambda: 1j / 10 ** 400]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)

# abs: hypot, infinities beat NaN, overflow
for z in [3 + 4j, complex(1e308, 1e308), complex(inf, nan), complex(nan, -inf), complex(nan, 1)]:
    print(abs(z))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print("OverflowError:", e)

print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0)), not 0j)

# unsupported operators
ops = [
    lambda: (1 + 2j) // 2, lambda: (1 + 2j) % 2, lambda: divmod(1j, 2), lambda: 2 // 1j,
    lambda: 2 % 1j, lambda: divmod(2, 1j), lambda: 1j // 1j, lambda: 1j @ 1j, lambda: ~1j,
    lambda: 1j << 1, lambda: 1j & 1, lambda: "a" + 1j, lambda: 1j + "a", lambda: [] * 1j,
    lambda: 1j * [], lambda: int(1j), lambda: float(1j), lambda: round(1j),
    lambda: "%f" % 1j, lambda: "%d" % 1j, lambda: "%x" % 1j, lambda: range(1j),
    lambda: [1, 2][complex(1)], lambda: 1j + None,
]
for f in ops:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

x = 2j
try:
    x //= 1
except TypeError as e:
    print("TypeError:", e)
try:
    x %= 2.0
except TypeError as e:
    print("TypeError:", e)
x **= 2
x += 1
print(x)
