# Dict sizes: 64 empty; keys tables resize on the 6th, 11th, 22nd, 43rd and 86th insert.
import sys
print("{}", sys.getsizeof({}))
print("{'a': 1}", sys.getsizeof({"a": 1}))
print("{1: 1}", sys.getsizeof({1: 1}))
for kind in ("str", "int"):
    d = {}
    last = sys.getsizeof(d)
    print(kind, "keys: 0 ->", last)
    for i in range(1, 100):
        d[("k%d" % i) if kind == "str" else i] = i
        size = sys.getsizeof(d)
        if size != last:
            print(kind, "keys:", i, "->", size)
            last = size
    for k in list(d)[:90]:
        del d[k]
    print(kind, "after deleting 90 keys:", sys.getsizeof(d))
print("dict(a=1, b=2)", sys.getsizeof(dict(a=1, b=2)))
