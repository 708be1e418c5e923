# Identity: id() is the address (stable, 16-byte aligned, the number in the default repr), and
# `is` as CPython 3.11 decides it: the small-int cache, ints and strings built at run time,
# constants shared within one code object, interned identifier-like strings, sys.intern, and
# the empty tuple / str / bytes singletons. Literals are compared through names (no warnings).
import sys

def fresh_int(text):
    return int(text)

print([fresh_int(t) is fresh_int(t) for t in ("-6", "-5", "0", "255", "256", "257", "1000")])
n = 200
a, b = n + 56, n + 56
c, d = n + 57, n + 57
print(a is b, c is d, a == 256, c == d)
big1, big2 = 2**100 - 2**100, 2**100 // 2**100
zero, one = 0, 1
print(big1 is zero, big2 is one, int("-0") is zero, 10 - 10 is zero)
# constants: one code object shares equal constants; separate functions are separate objects
def two_constants():
    x = 1000
    y = 1000
    return x is y
def g():
    return 1000
def h():
    return 1000
print(two_constants(), g() is g(), g() is h(), g() == h())
x5, y5 = 10**5, 10**5   # folded to one constant of the module's code object
print(x5 is y5)
fl = float("1.5")
print(fl is float("1.5"), fl == float("1.5"))
# strings: identifier-like constants are interned everywhere; others only within one code object
s1 = "hello"
s2 = "hello"
def k():
    return "hello"
print(s1 is s2, k() is s1)
s3 = "hello world"
s4 = "hello world"
def k2():
    return "hello world"
print(s3 is s4, k2() is s3, k2() == s3)
folded = "hello_" + "world"
spelled = "hello_world"
print(folded is spelled)
t = "".join(["hel", "lo"])
print(t is s1, t == s1, sys.intern(t) is s1)
u = "".join(["x y ", "z"])
print(sys.intern(u) is sys.intern("x y z"), sys.intern(u) is u)
mult = 3
aaa = "aaa"
print("a" * 3 is aaa, "a" * mult is aaa, "a" * mult == aaa)
# names are interned: attribute and keyword names share the constant
class C:
    pass
o = C()
name = "".join(["dyn", "amic"])
setattr(o, name, 1)
print(next(iter(vars(o))) is sys.intern(name), next(iter(vars(o))) is name)
def kw(**kwargs):
    return next(iter(kwargs))
print(kw(alpha=1) is "alpha"[:], kw(alpha=1) is sys.intern("".join(["al", "pha"])))
# singletons
empty_t, empty_s, empty_b = (), "", b""
print(tuple() is empty_t, tuple([]) is empty_t, (1, 2)[:0] is empty_t, tuple(x for x in []) is empty_t)
print(str() is empty_s, "".join([]) is empty_s, "abc"[:0] is empty_s, "a".strip("a") is empty_s,
      "a" * 0 is empty_s, b"".decode() is empty_s, f"" is empty_s)
print(bytes() is empty_b, bytes(0) is empty_b, b"".join([]) is empty_b, b"abc"[3:] is empty_b,
      b"a".strip(b"a") is empty_b, "".encode() is empty_b, bytes(bytearray()) is empty_b)
print(frozenset() is frozenset(), [] is [], {} is {})
print(type(None)() is None, bool(1) is True, (1 == 1) is True, type(...)() is ...)
print(sys.getrefcount(empty_t) > 10**9, sys.getrefcount(empty_s) > 10**9,
      sys.getrefcount(empty_b) > 10**9)
# id() is the address: stable while alive, 16-byte aligned (pymalloc), shown by the repr
obj = C()
print(id(obj) == id(obj), id(obj) % 16, repr(obj) == "<__main__.C object at 0x%x>" % id(obj))
alias = obj
print(alias is obj, id(alias) == id(obj), id(obj) != id(C()))
lst = [obj, obj]
print(all(item is obj for item in lst), len({id(item) for item in lst}))
