# sqrt, exp, log (with bases), pow, trig and hypot; checked with isclose where rounding could differ.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100))
print(math.exp(0), math.exp(1) == math.e, math.isclose(math.exp(2), math.e ** 2))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2 ** 0.5, 2))
print(math.isclose(math.log(10 ** 100), 100 * math.log(10)), math.log(2 ** 1000) > 693)
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), type(math.pow(2, 2)).__name__)
print(math.sin(0), math.cos(0), math.isclose(math.sin(math.pi / 2), 1), abs(math.sin(math.pi)) < 1e-15)
print(math.isclose(math.cos(math.pi), -1), round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.hypot(-2.5), math.hypot())
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
