# float methods: is_integer, as_integer_ratio, hex, fromhex, and real/imag attributes.
for x in (1.0, 1.5, -2.25, 0.1, 1e300, 0.0, -0.0):
    print(x, x.is_integer(), x.as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
