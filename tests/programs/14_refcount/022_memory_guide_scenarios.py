# sys.getrefcount in the situations a memory guide walks through, numbered. Every count includes
# the call's own argument. The collector is disabled so that no automatic collection (whose
# timing depends on allocation counts) changes a count; every call site runs once.
import gc
import sys

gc.disable()
rc = sys.getrefcount
n = 0


def show(label, count):
    global n
    n += 1
    print("%2d %s: %d" % (n, label, count))


class Thing:
    pass


x = Thing()
show("a new object in a global", rc(x))
y = x
show("a second name for it", rc(x))
del y
show("after del of the second name", rc(x))


def local_only():
    z = Thing()
    return rc(z)


show("a local in a function", local_only())


def param(p):
    return rc(p)


show("passed as an argument (global, parameter)", param(x))
show("a fresh object passed as an argument", param(Thing()))


def two_locals(p):
    q = p
    return rc(p)


show("parameter plus a local alias", two_locals(x))
lst = [x, x, x]
show("in a list three times", rc(x))
lst.pop()
show("after list.pop()", rc(x))
lst.clear()
show("after list.clear()", rc(x))
tup = (x, x)
show("in a tuple twice", rc(x))
del tup
d = {"a": x, "b": x}
show("two dict values", rc(x))
d2 = {x: "key"}
show("a dict key", rc(x))
del d, d2
s = {x}
show("a set member", rc(x))
del s
nested = [[x], {"k": (x,)}]
show("inside nested containers", rc(x))
del nested
show("containers gone", rc(x))


class Holder:
    attr = x


show("a class attribute", rc(x))
h = Holder()
h.inst = x
show("an instance attribute too", rc(x))
del h, Holder
show("class and instance deleted", rc(x))


class Slotted:
    __slots__ = ("a",)


sl = Slotted()
sl.a = x
show("a __slots__ attribute", rc(x))
del sl


def make_closure():
    captured = Thing()

    def inner():
        return captured

    return inner


closure = make_closure()
show("object held only by a closure cell", rc(closure.__closure__[0].cell_contents))
show("the cell itself", rc(closure.__closure__[0]))


def default_arg(p=x):
    return rc(p)


show("a default argument value (defaults tuple, global, parameter)", default_arg())
show("the default keeps a reference", rc(x))
del default_arg
show("function deleted", rc(x))


class Methods:
    def method(self):
        return rc(self)


m = Methods()
show("self inside a method", m.method())
bound = m.method
show("a bound method holds self", rc(m))
show("the bound method object", rc(bound))
del bound
show("bound method deleted", rc(m))
items = [Thing(), Thing()]
for item in items:
    show("loop variable while iterating", rc(item))
    break
show("loop variable still bound after the loop", rc(items[0]))
del item
it = iter(items)
show("a list iterator holds its list", rc(items))
del it
show("list comprehension element", [rc(e) for e in items][0])
show("generator expression element", list(rc(e) for e in items)[0])
show("dict comprehension value", {0: rc(e) for e in items[:1]}[0])
try:
    raise ValueError(x)
except ValueError as e:
    show("exception argument while handled", rc(x))
    show("the exception object", rc(e))
show("exception gone after except", rc(x))


def raiser():
    local = x
    raise KeyError("k")


try:
    raiser()
except KeyError as e:
    show("a local of the frame in the traceback", rc(x))
    saved_tb = e.__traceback__
show("traceback kept alive by a global", rc(x))
del saved_tb
show("traceback released", rc(x))


def gen():
    local = x
    yield 1


g = gen()
show("generator created, not started", rc(x))
next(g)
show("generator suspended holds its local", rc(x))
g.close()
show("generator closed", rc(x))
del g
big = int("1" * 30)
show("an int computed at run time", rc(big))
text = "".join(["run", "time"])
show("a string built at run time", rc(text))
show("a function in globals", rc(param))
show("small ints are shared (about 10**9)", rc(1) > 10**9)
show("None is shared", rc(None) > 100)
import weakref

w = weakref.ref(x)
show("a weak reference does not count", rc(x))
del w
show("the end", rc(x))
