# namedtuple: fields by name and index, _replace, _asdict, _fields, defaults, unpacking.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, Point._fields, p._asdict())
q = p._replace(x=10)
print(q, p)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Rome"))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, Point.__name__, hash(p) == hash((3, 4)))
