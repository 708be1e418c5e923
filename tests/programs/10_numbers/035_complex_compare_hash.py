# == and != with ints (exact), floats and complex; ordering comparisons raise TypeError; hash
# agrees with int and float hashes for equal values and with CPython's combination formula.
inf = float("inf")
nan = float("nan")
pairs = [
    (1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (1j, 1), (0j, 0), (0j, -0.0), (-0j, 0),
    (1 + 2j, 1 + 2j), (1 + 2j, 2 + 1j), (complex(2 ** 53 + 1, 0), 2 ** 53 + 1),
    (complex(2 ** 53, 0), 2 ** 53), (complex(2 ** 53 + 1, 0), float(2 ** 53 + 1)),
    (complex(1e300, 0), 10 ** 300), (complex(inf, 0), 10 ** 400), (complex(nan, 0), nan),
    (complex(nan, 0), complex(nan, 0)), (1j, "1j"), (1j, None), (1j, [1j]),
]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
z = complex(nan, 1)
print(z == z, z != z, z in [z], [z] == [z])

for f in [lambda: 1j < 2j, lambda: 1j <= 1, lambda: 1 > 1j, lambda: 1j >= 1.0,
          lambda: max(1j, 2j), lambda: sorted([1j, 2j]), lambda: 1j < "a"]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3j, 1j, 2j], key=abs), min([1 + 1j, -2j, 0.5], key=abs))

values = [0j, 1j, -1j, 1 + 2j, 1 - 2j, complex(-1, 0), complex(0, -1), complex(1.5, 2.5),
          complex(2 ** 62, 1), complex(inf, -inf), complex(-inf, 0), complex(1e-300, 1e300),
          complex(0.1, -0.1), complex(-2, -1), complex(3, 0), complex(0, 3), complex(2 ** 61, 0)]
for v in values:
    print(repr(v), hash(v))
print(hash(complex(1, 0)) == hash(1) == hash(1.0), hash(complex(0.5, 0)) == hash(0.5))
print(hash(complex(-1, 0)), hash(-1), hash(-1.0), hash(complex(2 ** 61 - 1, 0)))
print(hash(z) == hash(z), hash(complex(nan, 0)) == hash(complex(nan, 0)))
d = {1: "int", 2.0: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2, 0)], d[3j], 1 + 0j in {1}, len({1, 1.0, 1 + 0j, True}))
print({0j: "a", 0: "b", -0.0: "c", False: "d"})


class C(complex):
    pass


print(C(1j) == 1j, 1j == C(1j), hash(C(1 + 2j)) == hash(1 + 2j), C(1) == 1, {C(2): 1}[2])
