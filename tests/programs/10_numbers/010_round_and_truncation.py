# Rounding floats: round(), int() truncation, math floor/ceil comparison, // behaviour.
import math
for x in (2.5, 3.5, -2.5, -3.5, 2.4999, 2.5001, -0.5, 0.5, 1.5, 1e16 + 0.5):
    print(x, round(x), int(x), math.floor(x), math.ceil(x), math.trunc(x), x // 1)
for x in (1.005, 2.675, 0.045, 1.115, 123.455):
    print(x, round(x, 2), f"{x:.2f}", round(x, 1), round(x, -1))
for n in (5, 15, 25, 35, 45, -5, -15, 149, 150, 151, 250):
    print(n, round(n, -1), round(n, -2))
