# __iadd__ mutates in place; without it, += falls back to __add__ and rebinds.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))
    def __imul__(self, n):
        self.items = self.items * n
        return self

b = Bag([1])
alias = b
b += [2, 3]
print(b.items, alias is b)
c = b + [4]
print(c.items, c is b)
b *= 2
print(b.items, alias is b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
old = x
x += 5
print(x.v, x is old, old.v)

class ISub:
    def __init__(self):
        self.n = 10
    def __isub__(self, k):
        self.n -= k
        return "isub can return anything"
y = ISub()
y -= 3
print(y)
