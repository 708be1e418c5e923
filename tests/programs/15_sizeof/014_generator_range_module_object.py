# Generators, range objects, modules and bare objects.
import sys
import math
def g():
    yield 1
print("generator", sys.getsizeof(g()))
print("range(10)", sys.getsizeof(range(10)), "range(10**20)", sys.getsizeof(range(10 ** 20)))
print("module sys", sys.getsizeof(sys), "module math", sys.getsizeof(math))
print("object()", sys.getsizeof(object()))
