# Powers: small integral exponents by repeated squaring (|n| <= 100), others in polar form; the
# ZeroDivisionError and OverflowError cases; pow() with a modulus; and float/int ** float that
# CPython turns into a complex result (a negative base to a fractional power).
inf = float("inf")
nan = float("nan")
for base in [1 + 2j, 1j, -1j, 0.5 + 0.5j, 2 + 0j, complex(-1, 0)]:
    print(base, [base ** n for n in (0, 1, 2, 3, -1, -2, 7)])
print((1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -100, (1 + 1j) ** 100.0, (1 + 1j) ** 100.5)
print((0.5 + 0.5j) ** 1000, (1 + 2j) ** 0.5, (1 + 2j) ** (1 + 2j), 1j ** 1j, 2 ** 1j, 2 ** -0.5j)
print((3 + 4j) ** -1, complex(1e-300, 0) ** 2, complex(inf, 0) ** 2, complex(1e300, 1e300) ** 2)
print(0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 0.5, pow(1j, 2), pow(1j, 2, None), 1j ** True)

for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (-1 + 0j), lambda: 0.0 ** 1j,
          lambda: 0 ** (-2 + 0j), lambda: 0j ** -0.5, lambda: (1 + 1j) ** complex(inf, 0)]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for f in [lambda: (2 + 0j) ** 1e10, lambda: (1e200 + 1j) ** 2, lambda: complex(inf, 0) ** 0.5,
          lambda: complex(2, 0) ** 1025.5, lambda: 10 ** (400 + 0j)]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
for f in [lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: (1j).__pow__(2, 3)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: pow(2.0, 1j, 3), lambda: pow(1j, "a", 3), lambda: 1j ** "a", lambda: "a" ** 1j]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# float ** float and int ** float with a negative base and a fractional exponent
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2) ** 0.5, (-1) ** 0.5, (-1) ** 1.5, (-1.5) ** -0.5)
print((-1e308) ** 0.5, (-27) ** (1 / 3), pow(-8, 1 / 3), pow(-8.0, 0.5, None), (-0.5) ** 2.5)
print(type((-8) ** (1 / 3)).__name__, type((-8) ** 2.0).__name__, (-8) ** 2.0, (-8.0) ** -1.0)
x = -4.0
x **= 0.5
print(x, (-8) ** (1 / 3) == (-8.0) ** (1 / 3))
try:
    print((-1e300) ** 1.5)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
