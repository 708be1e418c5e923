# super, property, classmethod and staticmethod used as plain callables (no decorator syntax).
class Base:
    def greet(self):
        return "base greet"
class Child(Base):
    def greet(self):
        return "child and " + super(Child, self).greet()
c = Child()
print(c.greet(), super(Child, c).greet(), type(super(Child, c)).__name__)

def get_x(self):
    return self._x
def set_x(self, v):
    self._x = v * 10
class P:
    x = property(get_x, set_x, doc="x times ten")
    def plain(cls):
        return "class is " + cls.__name__
    plain = classmethod(plain)
    def helper(a, b):
        return a + b
    helper = staticmethod(helper)
p = P()
p.x = 4
print(p.x, P.x.__doc__, P.plain(), p.plain(), P.helper(1, 2), p.helper(3, 4))
print(isinstance(P.__dict__["x"], property), property.__name__, classmethod.__name__, staticmethod.__name__)
ro = property(lambda self: "read only")
class Q:
    r = ro
print(Q().r, ro.fget is not None, ro.fset)
