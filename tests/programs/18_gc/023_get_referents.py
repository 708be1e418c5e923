# gc.get_referents: what each object's traverse visits, in traverse order. Lists and tuples are
# visited from the last item to the first; a dict with only str keys reports only its values,
# another dict reports value then key per entry; an instance reports its inline attribute values
# (or its __dict__ once materialised) and then its type. Atomic objects report nothing.
import gc
gc.disable()

class C:
    def __repr__(self):
        return "C"

class Slots:
    __slots__ = ("a", "b")

x = C()
y = [1]
print("list:", gc.get_referents([x, y, 1]))
print("tuple:", gc.get_referents((x, 2, "s")))
print("str-keyed dict:", gc.get_referents({"k": x, "j": 2}))
print("int-keyed dict:", gc.get_referents({1: x, 2: "v"}))
print("mixed-key dict:", gc.get_referents({"a": 1, x: 2}))
print("set:", gc.get_referents({x}) == [x])
print("atomics:", gc.get_referents(1, "s", 2.5, None, b"b"))
print("several arguments:", gc.get_referents([1], (2, 3), ["z"]))

c = C()
c.a = x
c.b = y
print("instance:", [type(o).__name__ for o in gc.get_referents(c)])
c.__dict__
print("instance after __dict__:", [type(o).__name__ for o in gc.get_referents(c)])
s = Slots()
s.b = y
print("__slots__ instance:", gc.get_referents(s) == [y, Slots])
print("bare instance:", gc.get_referents(C()) == [C])

def make():
    v = []
    def inner():
        return v
    return inner

f = make()
cell = f.__closure__[0]
print("closure tuple:", gc.get_referents(f.__closure__) == [cell], "cell:", gc.get_referents(cell))
print("function referents include its globals and closure:",
      any(o is globals() for o in gc.get_referents(f)), any(o is f.__closure__ for o in gc.get_referents(f)))
print("class referents:", sorted(type(o).__name__ for o in gc.get_referents(Slots)))
m = c.__repr__
print("bound method:", sorted(type(o).__name__ for o in gc.get_referents(m)))
