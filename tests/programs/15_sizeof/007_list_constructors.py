# list(), [0] * n and comprehensions allocate differently.
import sys
print("list()", sys.getsizeof(list()))
print("list(range(10))", sys.getsizeof(list(range(10))))
print("[0] * 10", sys.getsizeof([0] * 10))
print("[i for i in range(10)]", sys.getsizeof([i for i in range(10)]))
print("list('abc')", sys.getsizeof(list("abc")))
print("list((1, 2, 3, 4, 5))", sys.getsizeof(list((1, 2, 3, 4, 5))))
print("comprehension sizes:", [sys.getsizeof([i for i in range(n)]) for n in range(0, 20, 3)])
print("list(range(n)) sizes:", [sys.getsizeof(list(range(n))) for n in range(0, 20, 3)])
b = [0] * 8
b.append(1)
print("[0] * 8 then append", sys.getsizeof(b))
e = []
e.extend(range(10))
print("extend an empty list by 10", sys.getsizeof(e))
