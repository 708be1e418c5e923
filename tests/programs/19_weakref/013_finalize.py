# weakref.finalize: runs func(*args, **kwargs) once when the object dies or when called;
# alive, peek, detach, the atexit attribute, repr, and the return value of a call.
import weakref


class Res:
    def __init__(self, name):
        self.name = name


log = []


def cleanup(tag, *rest, **kw):
    log.append((tag, rest, sorted(kw.items())))
    return "result-" + tag


r = Res("r")
f = weakref.finalize(r, cleanup, "a", 1, 2, key="v")
print(f.alive, f.atexit, type(f).__name__, f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2:])
print(repr(f) == "<finalize object at %#x; for 'Res' at %#x>" % (id(f), id(r)))
print(f(), f.alive, f(), log)
print(f.peek(), f.detach(), f.atexit, repr(f) == "<finalize object at %#x; dead>" % id(f))
del r
print(len(log))

s = Res("s")
g = weakref.finalize(s, cleanup, "b")
g.atexit = False
print(g.atexit, g.alive)
del s
print(g.alive, log[-1], g.atexit)
g.atexit = True
print(g.atexit)

t = Res("t")
h = weakref.finalize(t, cleanup, "c")
obj, func, args, kwargs = h.detach()
print(obj is t, func is cleanup, args, kwargs, h.alive, h.detach())
del obj
del t
print(log[-1][0])

# several finalizers on one object run newest first, like the callbacks of refs
u = Res("u")
for tag in ("first", "second", "third"):
    weakref.finalize(u, log.append, tag)
del u
print(log[-3:])

# the finalizer does not keep its object alive, but keeps func and args
v = Res("v")
w = weakref.finalize(v, print, "finalizing v", v.name, sep=": ")
print(weakref.getweakrefcount(v))
del v
print(w.alive)

# a finalizer whose func raises reports it and is dead afterwards
x = Res("x")
k = weakref.finalize(x, int, "not a number")
try:
    k()
except ValueError as e:
    print(e, k.alive)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(e)
try:
    weakref.finalize(Res("y"))
except TypeError as e:
    print(type(e).__name__)
