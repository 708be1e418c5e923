# Defining a class, creating instances, calling methods, per-instance state.
class Point:
    """A 2-D point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, q.x, q.y, p.norm2(), q.norm2())
print(type(p).__name__, Point.__name__, Point.__doc__, isinstance(p, Point))
print(Point.norm2(p), p.norm2.__name__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(sorted(vars(p).items()))
p.z = 5
print(sorted(p.__dict__))
print(type(Point).__name__, Point.__module__)
