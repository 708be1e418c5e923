# gc.is_tracked for user-level objects: functions, classes, instances (also __slots__ and empty
# __slots__), the instance __dict__ once materialised, generators, modules, closures' cells,
# bound methods, weak references, tracebacks.
import gc
import sys
import weakref
gc.disable()

class Plain:
    pass

class Slots:
    __slots__ = ("a",)

class NoSlots:
    __slots__ = ()

def func():
    pass

def gen():
    yield 1

def make_cell():
    x = 1
    def inner():
        return x
    return inner.__closure__[0]

p = Plain()
print("function:", gc.is_tracked(func), "lambda:", gc.is_tracked(lambda: 0))
print("class:", gc.is_tracked(Plain), "its __dict__ proxy:", gc.is_tracked(Plain.__dict__))
print("instance:", gc.is_tracked(p))
print("__slots__ instance:", gc.is_tracked(Slots()), "empty __slots__:", gc.is_tracked(NoSlots()))
print("empty instance __dict__:", gc.is_tracked(p.__dict__))
p.x = 1
print("__dict__ with an int:", gc.is_tracked(p.__dict__))
p.y = [1]
print("__dict__ with a list:", gc.is_tracked(p.__dict__))
q = Plain()
q.items = []
print("other instance, list attribute, dict asked afterwards:", gc.is_tracked(q.__dict__))
print("generator:", gc.is_tracked(gen()), "genexpr:", gc.is_tracked(x for x in ()))
print("module:", gc.is_tracked(sys), gc.is_tracked(type(sys)("m")))
print("cell:", gc.is_tracked(make_cell()))
print("bound method:", gc.is_tracked(p.__init__), gc.is_tracked(Plain().__repr__))
print("code object:", gc.is_tracked(func.__code__))
print("weakref:", gc.is_tracked(weakref.ref(p)))
try:
    raise ValueError
except ValueError as e:
    print("traceback:", gc.is_tracked(e.__traceback__))
print("super():", gc.is_tracked(super(Plain, p)))
