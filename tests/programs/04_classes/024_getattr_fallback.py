# __getattr__ is called only when normal lookup fails.
class Defaults:
    present = "class attribute"
    def __init__(self):
        self.own = "instance attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
print(d.own, d.present)
print(d.x_hello)
print(getattr(d, "x_via_getattr"))
print(hasattr(d, "missing"), getattr(d, "missing", "default used"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(3))
class Plain:
    pass
try:
    Plain().nope
except AttributeError as e:
    print("AttributeError:", e)
