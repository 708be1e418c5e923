# float(): from ints and strings, including inf/nan spellings, exponents, underscores.
print(float(), float(3), float(-0), float("1.5"), float(" -2.25 "), float("1e3"), float("1E-3"))
print(float("inf"), float("-inf"), float("Infinity"), float("+INF"), float("nan"), float("-NaN"))
print(float("1_000.5"), float(".5"), float("5."), float("00012"))
print(float(10 ** 20), float(2 ** 53 + 1), float(True), float("1e400"), float("-1e-400"))
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, float("inf") == float("inf"))
print(float("inf") - float("inf"), float("inf") * 0, -float("inf"))
for bad in ("", "abc", "1.2.3", "1e", "in f", "1__0", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
