# List literals are built by extending an empty list: capacity = length rounded up to even.
import sys
print("[]", sys.getsizeof([]))
print("[1]", sys.getsizeof([1]))
print("[1, 2]", sys.getsizeof([1, 2]))
print("[1, 2, 3]", sys.getsizeof([1, 2, 3]))
print("[1, 2, 3, 4]", sys.getsizeof([1, 2, 3, 4]))
print("[1, 2, 3, 4, 5]", sys.getsizeof([1, 2, 3, 4, 5]))
x = 7
print("[x, x, x] (non-constant items)", sys.getsizeof([x, x, x]))
print("[].__sizeof__()", [].__sizeof__(), "[1, 2, 3].__sizeof__()", [1, 2, 3].__sizeof__())
