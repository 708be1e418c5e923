# getsizeof of class objects: CPython 3.11's heap type (904 bytes) + GC head + the class's shared
# instance-attribute keys once an instance exists.
import sys
class Empty:
    pass
print(sys.getsizeof(Empty), type.__basicsize__, Empty.__basicsize__)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(sys.getsizeof(Point))
p = Point(3, 4)
print(sys.getsizeof(Point), p.norm())
class Slotted:
    __slots__ = ("a", "b")
print(sys.getsizeof(Slotted), Slotted.__basicsize__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(sys.getsizeof(WithMeta), Meta.__basicsize__)
class Sub(Point):
    pass
print(sys.getsizeof(Sub), Sub.__basicsize__, Sub.__dictoffset__)
