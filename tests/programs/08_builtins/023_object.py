# object(): the base of everything; bare instances have no __dict__ and compare by identity.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, bool(o))
print(isinstance(o, object), isinstance(5, object), issubclass(type, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "__dict__"), repr(o).startswith("<object object at 0x"))
print(object.__name__, object.__bases__, type.__bases__[0] is object)
print(str(o) == repr(o), hash(o) == hash(o))
d = {o: "first", p: "second"}
print(d[o], d[p], len(d))
