# Once its referent dies, every forwarded operation on a proxy raises
#   ReferenceError: weakly-referenced object no longer exists
# while repr() (which then names NoneType), hash() (always TypeError), identity and type() work.
# The proxy's callback receives the dead proxy itself.
import weakref


class A:
    def __call__(self):
        return 1


got = []
a = A()
p = weakref.proxy(a, got.append)
plain = weakref.proxy(a)
print(type(p).__name__, p is not plain)
del a
print(len(got), got[0] is p, type(got[0]).__name__)
checks = [
    "p.x", "setattr(p, 'x', 1)", "delattr(p, 'x')", "str(p)", "p()", "p + 1", "1 + p", "p - 1",
    "p * 2", "p / 2", "p // 2", "p % 2", "p ** 2", "divmod(p, 2)", "p << 1", "p & 1", "p | 1",
    "-p", "+p", "abs(p)", "~p", "int(p)", "float(p)", "[1][p]", "p == 1", "1 != p", "p < 1",
    "p >= 1", "len(p)", "p[0]", "1 in p", "iter(p)", "next(p)", "bool(p)", "plain.anything", "plain == plain", "isinstance(p, A)",
]
for expr in checks:
    try:
        result = eval(expr)
        print(expr, "->", result)
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


class B:
    pass


b = B()
pb = weakref.proxy(b)
del b
for expr in ("bytes(pb)", "reversed(pb)", "pb.__bytes__()", "type(pb).__name__"):
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
for stmt in ("p[0] = 1", "del p[0]", "p += 1"):
    try:
        exec(stmt)
        print(stmt, "-> ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
try:
    hash(p)
except TypeError as e:
    print(e)
text = repr(p).replace(hex(id(p)), "P").replace(hex(id(None)), "NONE")
print(text)
print(type(p) is weakref.CallableProxyType, p is p, callable(p))
print(issubclass(ReferenceError, Exception), ReferenceError.__mro__[1].__name__)
