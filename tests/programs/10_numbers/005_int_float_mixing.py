# Mixed int/float arithmetic promotes to float; comparisons are exact.
print(1 + 1.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.0, 2 ** 0.5, 2.0 ** 2)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(True + 1.0).__name__)
print(10 ** 16 + 1 == 1e16 + 1, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(1 / 3 * 3 == 1, 0.1 * 10 == 1.0, sum([0.1] * 10) == 1.0)
print(int(7 / 2), int(-7 / 2), float(7 // 2), 7 // 2 == 7 / 2 // 1)
print(3 == 3.0, hash(3) == hash(3.0), {3: "int"}[3.0], 3.0 in {3})
print(max(2, 2.0), min(2.0, 2), sorted([2.0, 1, 2, 1.0]))
print(10 ** 300 * 1.0, (10 ** 300 + 1) / 10 ** 299)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // 3 > 0, (10 ** 400) / (10 ** 399))
