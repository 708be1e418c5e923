# sys's struct sequences and namespaces: reprs, field access, tuple behaviour, immutability; and the
# functions around them.
import sys
v = sys.version_info
print(v[:3], v.major, v.minor, v.releaselevel, v.serial, len(v), v >= (3, 8), isinstance(v, tuple))
print(type(v).__name__, type(v).__module__ if hasattr(type(v), "__module__") else "")
print(sys.getsizeof(v), v.index(11), v.count(3), list(v)[:2], v[-1])
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(v)((1, 2, 3, 4, 5))
except TypeError as e:
    print("TypeError:", e)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.hash_info.width,
      sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, len(sys.flags))
impl = sys.implementation
print(type(impl).__name__, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(sys.hexversion >> 16, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.is_finalizing())
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, val, tb = sys.exc_info()
    print(t.__name__, val is e, tb is e.__traceback__, sys.exception() is e)
for bad in (3, b"x"):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.intern("abc" * 2) is sys.intern("abcabc"))
