# complex(real, imag) from numbers and from objects with __complex__, __float__ or __index__;
# keyword arguments; complex arguments combined as real + imag*1j; the TypeErrors.
print(complex(), complex(0), complex(1), complex(2.5), complex(True), complex(1, 2))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(1.5, -0.0))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2))
print(complex(-0.0), complex(0, -0.0), complex(-0.0, -0.0))

x = 1 + 2j
print(complex(x) is x, complex(x, 0) is x)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 9.0


print(complex(WithComplex()), complex(WithComplex(), 1), complex(WithFloat()))
print(complex(WithFloat(), WithFloat()), complex(WithIndex()), complex(WithIndex(), WithIndex()))
print(complex(Both()), complex(1, WithFloat()), complex(WithIndex(), 1j))


class C(complex):
    def __repr__(self):
        return "C(" + complex.__repr__(self) + ")"


c = C(1, 2)
print(c, type(c).__name__, c.real, c.imag, C(), C("5j"), C(real=4), C(c) is c)
print(type(complex(c)).__name__, complex(c), type(C(1j)).__name__, complex.__new__(C, 3))


class CC(complex):
    def __complex__(self):
        return 9j


print(complex(CC(1j)), type(complex(CC(1j))).__name__, CC(1j), CC(1j) == 1j)

errors = [
    lambda: complex(None),
    lambda: complex([]),
    lambda: complex({}),
    lambda: complex(1, None),
    lambda: complex(1, []),
    lambda: complex(1, WithComplex()),
    lambda: complex(1, 2, 3),
    lambda: complex(1, real=2),
    lambda: complex(x=1),
    lambda: complex(1, imag=2, real=3),
    lambda: complex(2 ** 1024),
    lambda: complex(1, 2 ** 1024),
    lambda: complex(WithBadComplex()),
    lambda: complex(WithBadFloat()),
    lambda: complex(Raising()),
]


class WithBadComplex:
    def __complex__(self):
        return 1.5


class WithBadFloat:
    def __float__(self):
        return 1


class Raising:
    def __complex__(self):
        raise KeyError("inside __complex__")


for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# the real/imag attributes are read-only doubles
try:
    (1j).real = 2.0
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1j).other = 2.0
except AttributeError as e:
    print("AttributeError:", e)
print((3 + 4j).conjugate(), (3 - 4j).conjugate(), (1j).__getnewargs__(), (1j).__complex__())
print(type(c.conjugate()).__name__, type(c.__complex__()).__name__, type(+c).__name__)
print(type(-c).__name__, type(abs(c)).__name__, type(c + 1).__name__)
