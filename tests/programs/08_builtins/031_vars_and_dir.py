# vars() returns __dict__; dir() lists attributes (filtered here to non-dunder names).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
t = Thing()
print(vars(t))
t.c = 3
print(vars(t), vars(t) is t.__dict__)
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
vars(t)["d"] = 4
print(t.d)
