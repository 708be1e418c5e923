# bytearray over-allocation (CPython 3.11's PyByteArray_Resize) seen through sys.getsizeof.
import sys
g = sys.getsizeof
def trace(label, ops):
    b = bytearray()
    sizes = []
    for op in ops:
        op(b)
        sizes.append(g(b) - 56)
    print(label, sizes)
trace("append", [lambda b: b.append(1)] * 40)
trace("extend2", [lambda b: b.extend(b"ab")] * 20)
trace("iadd3", [lambda b: b.__iadd__(b"abc")] * 20)
trace("extend-list", [lambda b: b.extend([1, 2, 3])] * 10)
trace("extend-iter", [lambda b: b.extend(iter(range(3)))] * 10)
print("ctor", [g(bytearray(n)) - 56 for n in range(6)], g(bytearray(b"abc")) - 56,
      g(bytearray([1, 2, 3])) - 56, g(bytearray(range(10))) - 56,
      g(bytearray(x for x in range(10))) - 56, g(bytearray("abc", "ascii")) - 56)
b = bytearray(b"x" * 100)
for k in [90, 60, 50, 49, 10, 0]:
    del b[k:]
    print("del", k, g(b) - 56, len(b))
b = bytearray(b"x" * 100)
sizes = []
for i in range(100):
    b.pop()
    sizes.append(g(b) - 56)
print("pop", sizes[::5])
b = bytearray(b"0123456789")
del b[:3]
print("del-front", g(b) - 56, b)
b.extend(b"ab")
print("then extend", g(b) - 56, b)
b = bytearray(b"x" * 10)
b[2:4] = b"abcdef"
print("slice-grow", g(b) - 56, b)
b = bytearray(b"x" * 10)
b *= 3
print("imul", g(b) - 56, len(b))
b = bytearray(b"x" * 10)
print("new objects", g(b * 3) - 56, g(b + b) - 56, g(b.copy()) - 56, g(b[1:5]) - 56,
      g(b.upper()) - 56, g(b.strip()) - 56, g(b.replace(b"x", b"yy")) - 56)
b.clear()
print("clear", g(b) - 56)
b = bytearray(b"x" * 10)
b.insert(0, 1)
print("insert", g(b) - 56)
b.remove(1)
print("remove", g(b) - 56)
b = bytearray(b"abc")
b.__init__(b"xy")
print("reinit", g(b) - 56, b)
b = bytearray(b"abc")
b[0:0] = b"12"
print("insert-slice", g(b) - 56, b)
b = bytearray(b"abcdefghij")
b[::2] = b"12345"
print("ext-slice", g(b) - 56, b)
del b[::2]
print("del-ext", g(b) - 56, b)
del b[::-1]
print("del-all", g(b) - 56, b)
print(g(bytearray.fromhex("aabbcc")) - 56, g(bytearray(b"ab").join([b"x", b"y"])) - 56,
      g(bytearray(b"%s") % b"x") - 56, g(bytearray(b"a b").split()[0]) - 56)
print(bytearray(b"abc").__alloc__(), bytearray().__alloc__(), bytearray(b"x").__sizeof__())
