# Defining __eq__ without __hash__ makes instances unhashable; __hash__ must agree with __eq__.
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"

p = Plain()
print(p == p, p == Plain(), {p: 1}[p])
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
d = {Key(1, 2): "one-two"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(hash(Key(3, 4)) == hash(Key(3, 4)), hash(Key(3, 4)) == hash((3, 4)))

class Child(Key):
    def __eq__(self, o):
        return False
try:
    hash(Child(1, 1))
except TypeError as e:
    print("TypeError in subclass overriding __eq__:", e)

class AlwaysSame:
    def __hash__(self):
        return 42
x, y = AlwaysSame(), AlwaysSame()
print(len({x, y}), hash(x), x in {x}, y in {x})
