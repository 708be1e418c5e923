# Container and iterator protocols through a proxy: len, item get/set/delete, `in`, iter,
# next, bool, bytes() and reversed() (the proxy type's __bytes__/__reversed__ methods).
import weakref


class Box:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __bytes__(self):
        return bytes(self.items)

    def __reversed__(self):
        return reversed(self.items)


b = Box(1, 2, 3)
p = weakref.proxy(b)
print(len(p), p[0], p[-1], p[0:2], 2 in p, 5 in p, 5 not in p, bool(p))
p[0] = 10
del p[1]
print(b.items, list(p), sorted(p, reverse=True), bytes(p), list(reversed(p)))
print([x * 2 for x in p], sum(p), max(p), tuple(p), iter(p).__class__.__name__)
e = Box()
pe = weakref.proxy(e)
print(len(pe), bool(pe), not pe, list(pe))
try:
    pe[3]
except IndexError as ex:
    print("IndexError", ex)


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Count(3)
pc = weakref.proxy(c)
print(next(pc), iter(pc) is c, list(pc), next(pc, "done"))
try:
    next(pc)
except StopIteration:
    print("StopIteration")
try:
    next(p)
except TypeError as ex:
    print(ex)


class Plain:
    pass


keep = Plain()
pk = weakref.proxy(keep)
for expr in ("len(pk)", "pk[0]", "1 in pk", "iter(pk)", "bytes(pk)", "reversed(pk)", "bool(pk)"):
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
