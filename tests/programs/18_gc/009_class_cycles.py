# Classes are always in cycles (the class is the first item of its own __mro__; its __dict__'s
# '__dict__'/'__weakref__' descriptors refer back to it; methods are functions in its dict).
# Deleting the last reference leaves the class for the collector. A bases tuple of untracked
# items, like (object,), is counted only while it is still tracked (no collection since).
import gc
gc.disable()
gc.collect()

class Empty:
    pass

print(Empty.__mro__[0] is Empty, gc.is_tracked(Empty), gc.is_tracked(Empty.__mro__))
del Empty
print("empty class, no collection since creation:", gc.collect())

class Empty:
    pass

gc.collect()
del Empty
print("empty class after a collection:", gc.collect())

class WithMethods:
    def f(self):
        pass
    def g(self):
        pass

gc.collect()
del WithMethods
print("class with two methods:", gc.collect())

class Base:
    pass

class Derived(Base):
    pass

gc.collect()
del Derived
print("subclass (base still alive):", gc.collect())
del Base
print("then its base:", gc.collect())

class Registry:
    pass

Registry.default = Registry()
gc.collect()
del Registry
print("class holding an instance of itself:", gc.collect())

def make_class():
    class Local:
        def method(self):
            return Local
    return Local

make_class()
print("class defined in a function and dropped:", gc.collect())
