# weakref.proxy of a callable gives a CallableProxyType, which forwards calls (positional and
# keyword arguments); functions, bound-method owners, classes and instances with __call__.
import weakref


def add(a, b=10, *rest, **kw):
    return (a + b, rest, sorted(kw.items()))


class Greeter:
    def __init__(self, word):
        self.word = word

    def __call__(self, name, punct="!"):
        return self.word + ", " + name + punct

    def shout(self):
        return self.word.upper()


class Plain:
    pass


pf = weakref.proxy(add)
print(type(pf).__name__, type(pf) is weakref.CallableProxyType, callable(pf))
print(pf(1), pf(1, 2), pf(1, 2, 3, x=4), pf(b=5, a=6), pf.__name__)
g = Greeter("hello")
pg = weakref.proxy(g)
print(type(pg).__name__, pg("bob"), pg("ann", punct="?"), pg.shout())
pcls = weakref.proxy(Greeter)
print(type(pcls).__name__, pcls("hi")("x"), pcls.__name__)
pp = weakref.proxy(Plain())
keep = Plain()
pk = weakref.proxy(keep)
print(type(pk).__name__, callable(pk), isinstance(pk, weakref.ProxyTypes))
try:
    pk()
except TypeError as e:
    print(e)
try:
    pf()
except TypeError as e:
    print(e)
# a callable proxy and a plain proxy are both the shared callback-less proxy of their referent
print(weakref.proxy(add) is pf, weakref.proxy(g) is pg)
print(weakref.getweakrefcount(add), weakref.getweakrefcount(g))
del g
try:
    pg("x")
except ReferenceError as e:
    print(type(e).__name__, e)
