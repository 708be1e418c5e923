# type() with one argument returns the class; id() is compared, never printed.
for v in (1, 2.0, "s", [], (), {}, set(), None, True, type, len, range(0)):
    print(type(v), type(v).__name__)
class K:
    pass
k = K()
print(type(k) is K, type(K) is type, type(type) is type)
print(type(k).__name__, type(k).__qualname__)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
x = 1000
y = x
print(id(x) == id(y))
print(len({id(a), id(b), id(c)}))
