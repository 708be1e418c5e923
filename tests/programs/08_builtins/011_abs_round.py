# abs of ints/floats/bools; round with ndigits, banker's rounding and negative ndigits.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(2.5), round(3.5), round(0.5), round(-0.5), round(-1.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(7, 0), round(7, 5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
print(round(0.1 + 0.2, 10), round(1e20), round(-0.4), round(123456789, -4))
for x in (0.125, 0.375, 2.5e-5):
    print(x, round(x, 2), round(x, 5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class R:
    def __round__(self, n=None):
        return ("custom round", n)
print(round(R()), round(R(), 3))
