# format() of complex: the '' type is str()-like (parentheses, real part dropped when +0.0),
# explicit types print both parts without parentheses, the imaginary part always signed after
# a real part; no zero padding, no '=' alignment, no '%' and no integer types.
inf = float("inf")
nan = float("nan")
specs = ["", "<12", ">12", "^12", "*^16", "+", "-", " ", "#", ".0", ".1", ".3", ".20g", "e",
         "E", "f", "F", "g", "G", "n", ".3n", ".2f", ".0f", "#.0f", "#.0e", "+.2e", "z", "z.2f",
         "z.0", ",", "_", ",.2f", "_g", ",e", "12,", "<20_.2f", "+^30,.1f", "x<14.1f",
         "€^16", "#g", "#10", ">30.17g"]
values = [1j, 1 + 2j, complex(-0.0, -0.0), 1234.5678 - 9876.54321j, complex(-0.0, 0.0),
          complex(0.0, -0.0), complex(1e300, -1e-300), complex(nan, -inf),
          complex(123456789, 0.5), complex(-1e16, 1e16), complex(-0.004, 0.0049)]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])

errors = ["%", ".2%", "d", "x", "c", "s", "b", "010", "0<10", "=10", "=^10", "+010.2f",
          ",n", "_n", ",d", ".2147483648f", "010.2147483648f", "10.2.2", "z%", "#c"]
for spec in errors:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# f-strings and str.format go through complex.__format__
z = 3.25 - 1.5j
print(f"{z}", f"{z:.1f}", f"{z!r:>16}", f"{z!s:^16}", f"{z:>{12}.{2}e}", "{:^20.3g}".format(z))
print("{0.real} {0.imag} {0:+.1f}".format(z), "%s %r %10s" % (z, z, 1j))
print((1j).__format__(""), (1j).__format__(".1f"))
try:
    (1j).__format__(1)
except TypeError as e:
    print("TypeError:", e)


class C(complex):
    def __str__(self):
        return "C-str"


print(format(C(1j), ""), format(C(1j), ">6"), f"{C(2 + 2j):.1f}")
try:
    format(C(1j), "d")
except ValueError as e:
    print("ValueError:", e)
