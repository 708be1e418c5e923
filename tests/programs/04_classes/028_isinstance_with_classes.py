# isinstance/issubclass over a user hierarchy, with tuples, and for builtin subclasses.
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Unit(Square): pass
class MyList(list): pass

u = Unit()
print(isinstance(u, Unit), isinstance(u, Square), isinstance(u, Shape), isinstance(u, Circle))
print(isinstance(u, (Circle, Square)), isinstance(u, (int, str)), isinstance(u, object))
print(issubclass(Unit, Shape), issubclass(Shape, Unit), issubclass(Unit, Unit))
print(issubclass(Circle, (Square, Shape)), issubclass(bool, int), issubclass(int, object))
m = MyList([1, 2])
m.append(3)
print(m, len(m), isinstance(m, list), type(m) is list, type(m).__name__)
print(type(u) is Unit, type(u) == Square)
try:
    issubclass(u, Shape)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(u, "Shape")
except TypeError as e:
    print("TypeError:", e)
