# sys.maxsize (64-bit), sys.path (a list of str) and sys.modules (the import cache).
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
import collections
print("collections" in sys.modules, sys.modules["collections"] is collections)
print(type(sys.modules).__name__, sys.modules["__main__"].__name__)
