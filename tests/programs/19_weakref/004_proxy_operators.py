# A proxy forwards every number operator — plain, reflected (proxy on the right) and in-place
# (which rebinds the name to the referent's result, not to a proxy) — and the comparisons.
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "N(%r)" % self.v


def binop(name):
    def method(self, other):
        return (name, other)
    return method


for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
             "lshift", "rshift", "and", "or", "xor"):
    setattr(N, "__%s__" % name, binop(name))
    setattr(N, "__r%s__" % name, binop("r" + name))
for name in ("neg", "pos", "abs", "invert"):
    setattr(N, "__%s__" % name, lambda self, name=name: name)
for op in ("lt", "le", "eq", "ne", "gt", "ge"):
    setattr(N, "__%s__" % op, binop(op))
N.__hash__ = object.__hash__
N.__int__ = lambda self: 7
N.__float__ = lambda self: 2.5
N.__index__ = lambda self: 3

n = N(1)
p = weakref.proxy(n)
print(p + 1, p - 1, p * 1, p @ 1, p / 1, p // 1, p % 1, divmod(p, 1), p ** 1)
print(p << 1, p >> 1, p & 1, p | 1, p ^ 1)
print(1 + p, 1 - p, 2 * p, 1 @ p, 1 / p, 1 // p, 1 % p, divmod(1, p), 1 ** p)
print(1 << p, 1 >> p, 1 & p, 1 | p, 1 ^ p)
print(-p, +p, abs(p), ~p)
print(int(p), float(p), [0, 10, 20, 30][p], hex(p), bin(p), range(10)[p])
print(p < 0, p <= 0, p == 0, p != 0, p > 0, p >= 0)
print(0 < p, 0 == p, p == p, p == n)
q = weakref.proxy(n)
print(p + q, q * p)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, other):
        self.total += other
        return self

    def __isub__(self, other):
        self.total -= other
        return self


acc = Acc()
pa = weakref.proxy(acc)
alias = pa
alias += 5
print(alias is acc, type(alias).__name__, acc.total)
alias = pa
alias -= 2
print(alias is acc, acc.total)
# without __iadd__ the in-place form falls back to the binary one on the referent
m = N(2)
pm = weakref.proxy(m)
pm *= 3
print(pm)
pm = weakref.proxy(m)
pm **= 2
print(pm)
try:
    pa + 1
except TypeError as e:
    print(e)
try:
    -pa
except TypeError as e:
    print(e)
