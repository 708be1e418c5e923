# When a referent dies, the callbacks of its refs, proxies and finalizers run newest first (the
# callback-less ref and proxy head the list and have none); getweakrefcount/getweakrefs see
# proxies too. A raising callback is reported ("Exception ignored in: ...") and the others
# still run.
import io
import sys
import weakref


class A:
    pass


log = []
a = A()
r3 = weakref.ref(a, lambda r: log.append("r3"))
r4 = weakref.ref(a, lambda r: log.append("r4"))
plain_ref = weakref.ref(a)
r5 = weakref.ref(a, lambda r: log.append("r5"))
plain_proxy = weakref.proxy(a)
px = weakref.proxy(a, lambda p: log.append("proxy"))
print(weakref.getweakrefcount(a))
names = {id(r3): "r3", id(r4): "r4", id(r5): "r5", id(plain_ref): "ref", id(plain_proxy): "proxy0",
         id(px): "proxy"}
print([names[id(w)] for w in weakref.getweakrefs(a)])
fin = weakref.finalize(a, log.append, "finalize")
print(weakref.getweakrefcount(a), type(weakref.getweakrefs(a)[2]).__name__)
del a
print(log)
print(plain_ref(), r3(), weakref.getweakrefcount(plain_ref))

# a ref whose callback is dropped with it never calls back
b = A()
weakref.ref(b, lambda r: log.append("lost"))
r = weakref.ref(b, lambda r: log.append("kept"))
del b
print(log[-1:], len(log))

# raising callbacks: the message names the callback (or the finalize object)
saved = sys.stderr
sys.stderr = io.StringIO()


def bad(wr):
    raise ValueError("boom " + type(wr).__name__)


c = A()
rc = weakref.ref(c, bad)
pc = weakref.proxy(c, bad)
fc = weakref.finalize(c, bad, pc)
after = weakref.ref(c, lambda r: log.append("still runs"))
del c
text, sys.stderr = sys.stderr.getvalue(), saved
lines = text.splitlines()
print([line.split(" at ")[0] for line in lines if line.startswith("Exception ignored")])
print([line for line in lines if line.startswith("ValueError")])
print(log[-1], fc.alive)

# callbacks see the referent already gone, and may create new weakrefs to other objects
d, e = A(), A()
seen = []
rd = weakref.ref(d, lambda r: seen.append((r(), weakref.ref(e) is weakref.ref(e))))
del d
print(seen)
