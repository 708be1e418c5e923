# int methods and attributes: bit_length, to_bytes/from_bytes, conjugate, real/imag, numerator.
for n in (0, 1, 2, 255, 256, -1, -256, 2 ** 64, 10 ** 20):
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xfe", "big", signed=True))
print((255).as_integer_ratio(), (7).conjugate(), int.__name__)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((5).__add__(3), (5).__sub__(7), (5).__mul__(2.0), (2).__pow__(10))
