# Imaginary literals, constant folding of complex expressions, and CPython's repr rules: the
# real part and the parentheses are dropped only when the real part is +0.0; each part uses
# the shortest float repr without ".0".
print(1j, 2.5J, 1e3j, 1E-3j, 1_000j, 0j, 00j, 09j, .5j, 5.j)
print(-1j, +1j, -(-1j), 1 + 2j, 1 - 2j, -1 - 2j, 2j * 2j, 1j ** 2)
print(repr(1j), str(1j), repr(1 + 2j), str(1 + 2j))
print(type(1j).__name__, type(1 + 2j).__name__, type(-1j).__name__)

inf = float("inf")
nan = float("nan")
values = [
    complex(0.0, 1.0),
    complex(-0.0, 1.0),
    complex(0.0, -0.0),
    complex(-0.0, -0.0),
    complex(-0.0, 0.0),
    complex(1.5, -2.25),
    complex(nan, inf),
    complex(inf, nan),
    complex(-inf, -inf),
    complex(1, nan),
    complex(0, 1e16),
    complex(0, 1e15),
    complex(1e16, 1e-5),
    complex(1e-4, 1e-5),
    complex(0.1, 0.2),
    complex(1 / 3, 2 / 3),
    complex(-1e300, 1e-300),
    complex(5e-324, -5e-324),
    complex(123456789012345678, 1),
]
for z in values:
    print(repr(z), str(z), z.real, z.imag)

# Folded constants keep their signed zeros apart
def consts():
    return (0j, -0j, -(0j), 1j * 0, 1 + 0j, 1.0 + 0j, 1e400j, 1e400j * 0)

for c in consts():
    print(repr(c), end=" ")
print()
print(len(set(map(repr, consts.__code__.co_consts))) >= 6)

# Literals are complex constants even in containers and f-strings
print([1j, 2j], (3j,), {4j: 5j}, f"{6j}", f"{7j!r}", "%s|%r" % (8j, 9j))
print(1j.real, 1j.imag, (2 + 3j).real, (2 + 3j).imag, type(1j.real).__name__)
