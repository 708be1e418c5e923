# NotImplemented lets Python try the other operand; equality falls back to identity.
class A:
    def __eq__(self, o):
        print("  A.__eq__")
        return NotImplemented
    def __add__(self, o):
        print("  A.__add__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("  B.__eq__")
        return "B decides"
    def __radd__(self, o):
        print("  B.__radd__")
        return "B added"

a, b = A(), B()
print(a == b)
print(a + b)
print(a == a)       # both return NotImplemented -> identity comparison
print(a != A())
try:
    a + a
except TypeError as e:
    print("TypeError:", e)
print(repr(NotImplemented), bool(NotImplemented is NotImplemented))
