# int(): from floats (truncation), strings with bases, underscores, whitespace and signs.
print(int(), int(3.99), int(-3.99), int(True), int("42"), int("-17"), int("+8"))
print(int("  12  "), int("\t-5\n"), int("1_000_000"), int("0"), int("000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("777", 8), int("z", 36), int("Zz", 36), int("10", 3))
print(int("1_0", 0), int("0b_1_0", 0), int(" 0x_a ", 16), int(2.5e10), int(-0.0))
print(int("123456789012345678901234567890"), int(1e20))
for bad in ("", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12", "08"):
    for base in (10, 0, 2):
        try:
            print(repr(bad), base, int(bad, base))
        except ValueError as e:
            print("ValueError:", e)
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
class Intable:
    def __int__(self):
        return 7
class Indexable:
    def __index__(self):
        return 8
print(int(Intable()), int(Indexable()))
