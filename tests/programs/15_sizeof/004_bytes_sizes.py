# bytes: 24 var header + 8 cached hash + data + NUL (basicsize 33 includes the NUL).
import sys
for b in (b"", b"a", b"abc", b"x" * 100, bytes(10)):
    print(len(b), sys.getsizeof(b))
print("bytearray()", sys.getsizeof(bytearray()))
