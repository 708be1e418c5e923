# tuple: 24 header + 8 per item + 16 GC head.
import sys
x = 1
print("()", sys.getsizeof(()))
print("(1,)", sys.getsizeof((1,)))
print("(1, 2, 3)", sys.getsizeof((1, 2, 3)))
print("tuple(range(10))", sys.getsizeof(tuple(range(10))))
print("(x, x)", sys.getsizeof((x, x)))
print([sys.getsizeof(tuple(range(n))) for n in range(8)])
print(().__sizeof__(), (1, 2).__sizeof__())
