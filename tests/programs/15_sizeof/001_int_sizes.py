# int: 24-byte header + 4 bytes per 30-bit digit (0 still has one digit in 3.11.7).
import sys
for label, n in [("0", 0), ("1", 1), ("-1", -1), ("2**30-1", 2 ** 30 - 1), ("2**30", 2 ** 30),
                 ("-(2**30)", -(2 ** 30)), ("2**60-1", 2 ** 60 - 1), ("2**60", 2 ** 60),
                 ("2**90", 2 ** 90), ("2**100", 2 ** 100), ("10**100", 10 ** 100),
                 ("2**1000", 2 ** 1000), ("True", True), ("False", False)]:
    print(label, sys.getsizeof(n))
print([sys.getsizeof(2 ** (30 * k)) for k in range(8)])
print((0).__sizeof__(), (2 ** 30).__sizeof__())
