# complex objects are 32 bytes (header + two doubles), never tracked by the cycle collector,
# and CPython 3.11 keeps no free list for them: freeing complex numbers returns their blocks.
import gc
import sys

print(sys.getsizeof(1j), sys.getsizeof(complex(1e300, -1e300)), (1j).__sizeof__())
print(complex.__basicsize__, complex.__itemsize__, complex.__name__, complex.__module__)
print(gc.is_tracked(1j), gc.is_tracked(complex(1, 2)), gc.is_tracked([1j]))


class C(complex):
    pass


class S(complex):
    __slots__ = ()


c = C(1, 2)
print(C.__basicsize__, sys.getsizeof(c), gc.is_tracked(c), S.__basicsize__, sys.getsizeof(S(1)))
c.tag = "x"
print(c.tag, c.__dict__, c.real, c.imag)

# no free list: each complex freed gives its block back
data = [complex(i, 1) for i in range(50)]
before = sys.getallocatedblocks()
del data
print(before - sys.getallocatedblocks())
data = [complex(i, 1) for i in range(200)]
before = sys.getallocatedblocks()
data.clear()
print(before - sys.getallocatedblocks())

# arithmetic results are new objects, exact complex arguments are shared
z = 1 + 2j
print(complex(z) is z, +z is z, (z + 0) is z, z.conjugate() is z, z.__complex__() is z)
w = z * 1
before = sys.getallocatedblocks()
w = None
print(before - sys.getallocatedblocks())

# attributes of the type
print(sorted(k for k in complex.__dict__ if not k.startswith("__")))
print([k for k in ("__floordiv__", "__mod__", "__divmod__", "__int__", "__float__",
                   "__round__", "__lt__", "__complex__", "__getnewargs__") if hasattr(1j, k)])
print(type(complex.real).__name__, type(complex.conjugate).__name__, complex.real.__name__)
print(isinstance(1j, complex), issubclass(bool, complex), complex.__mro__)
