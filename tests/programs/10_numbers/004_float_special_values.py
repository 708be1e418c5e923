# inf, -inf and nan: arithmetic, comparisons, conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -2, inf / 1e308, 1 / inf, -1 / inf)
print(inf - inf, inf * 0, nan + 1, nan * 0, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, inf == inf, inf == -(-inf))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2)
print(repr(-0.0), 0.0 == -0.0, str(1 / -inf))
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(5 % inf, -5 % inf, 5.0 // inf, inf % 5 != inf % 5)
