# Module-like structures: a module object made at run time (type(sys)(name)) owns a dict;
# functions defined in that dict refer back to the dict through __globals__ (the module object
# itself is not part of that cycle: it is freed by refcounting, its dict is left to the collector).
import gc
import sys
import weakref
gc.disable()
gc.collect()

ModuleType = type(sys)
m = ModuleType("fake")
print(type(m).__name__, m.__name__, sorted(k for k in vars(m) if k.startswith("__")))
m.me = m
r = weakref.ref(m)
del m
print("module referring to itself:", gc.collect(), r())

m = ModuleType("withfunc")
exec("def f():\n    return g\ndef g():\n    return f\n", m.__dict__)
print(m.f()() is m.f, m.f.__globals__ is m.__dict__)
del m
print("module dict <-> two functions:", gc.collect())

# a namespace-like instance registered in a dict that it refers to
registry = {}
class Namespace:
    pass
ns = Namespace()
ns.registry = registry
registry["ns"] = ns
del registry, ns
print("namespace <-> registry dict:", gc.collect())

# a module kept in sys.modules is not garbage
m = ModuleType("kept")
m.me = m
sys.modules["kept"] = m
del m
print("module in sys.modules:", gc.collect())
del sys.modules["kept"]
print("after removing it from sys.modules:", gc.collect())
