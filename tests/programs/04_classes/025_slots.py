# __slots__ restricts attributes and removes the per-instance __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"))

class Q(P):
    pass                      # no __slots__: instances get a __dict__ again
qq = Q(1, 2)
qq.z = 3
print(qq.z, hasattr(qq, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.x, r.y, r.w, hasattr(r, "__dict__"))
class WithDefault:
    __slots__ = ("a",)
    kind = "class attrs still work"
print(WithDefault().kind)
