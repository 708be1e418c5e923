# format() and format specs: width, fill, alignment, sign, grouping, precision, types.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "*>6"))
print(format(42, "+"), format(-42, "+"), format(42, " "), format(42, "05"), format(-42, "06"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(8, "o"), format(8, "#o"), format(5, "b"), format(5, "#010b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(0xFFFFFFFF, "_x"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "+.1f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1234.5, "e"), format(1234.5, ".2E"), format(0.000123, "g"), format(1e20, "g"), format(123456789.0, "g"))
print(format(0.25, "%"), format(0.125, ".1%"), format(1.0, "g"), format(10.0, ""), format(1e16, ""))
print(format("text", "10") + "|", format("text", ">10"), format("text", "^10") + "|", format("text", ".2"), format("x", "-^5"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(65, "c"))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(-0.0, ".1f"), format(12, "=+5"))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print(f"{3.14159:.3f} {42:08.2f} {'s':*<4} {1000000:,} {255:#06x}")
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
class Money:
    def __format__(self, spec):
        return "$" + format(12.5, spec or ".2f")
print(format(Money()), f"{Money():.1f}", "{:.0f}".format(Money()))
