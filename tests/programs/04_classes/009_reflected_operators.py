# __radd__ and friends run when the left operand does not support the operation.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("  __add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", self, other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, k):
        return Money(self.cents * k)

print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))     # sum starts with 0 + Money(1)
print(10 - Money(4), 3 * Money(4))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)

class Sub(Money):
    def __radd__(self, other):
        print("  Sub.__radd__ first: right operand is a subclass overriding it")
        return Money(-1)
print(Money(1) + Sub(2))
