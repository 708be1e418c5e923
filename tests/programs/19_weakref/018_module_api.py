# The public names of weakref (as dir() shows them in CPython 3.11), its __all__, where each
# name comes from, the _weakref and atexit modules, and _remove_dead_weakref.
import _weakref
import atexit
import weakref

print([n for n in dir(weakref) if not n.startswith("_")])
print(sorted(weakref.__all__))
print([n for n in dir(_weakref) if not n.startswith("__")])
print([n for n in dir(atexit) if not n.startswith("__")])
print(weakref.ref is weakref.ReferenceType is _weakref.ref, weakref.proxy is _weakref.proxy)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
for cls in (weakref.ref, weakref.ProxyType, weakref.CallableProxyType, weakref.WeakMethod,
            weakref.KeyedRef, weakref.WeakValueDictionary, weakref.WeakKeyDictionary,
            weakref.WeakSet, weakref.finalize):
    print(cls.__name__, cls.__module__, cls.__qualname__)
print(weakref.WeakSet is __import__("_weakrefset").WeakSet, weakref.sys.__name__,
      weakref.itertools.__name__)
print(type(weakref.getweakrefcount).__name__, type(weakref.proxy).__name__)
print(issubclass(weakref.KeyedRef, weakref.ref), issubclass(weakref.WeakMethod, weakref.ref))


class A:
    pass


a = A()
d = {"dead": weakref.ref(A()), "live": weakref.ref(a), "plain": 1}
weakref._remove_dead_weakref(d, "dead")
weakref._remove_dead_weakref(d, "live")
weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    weakref._remove_dead_weakref(d, "plain")
except TypeError as e:
    print(e)
try:
    weakref._remove_dead_weakref([], "x")
except TypeError as e:
    print(e)
p = weakref.proxy(A())
d2 = {"p": p}
weakref._remove_dead_weakref(d2, "p")
print(d2)
try:
    weakref.proxy(a, None, 1)
except TypeError as e:
    print(e)
try:
    weakref.getweakrefcount()
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)
try:
    atexit.register(1)
except TypeError as e:
    print(e)
