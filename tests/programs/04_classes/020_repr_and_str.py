# __repr__ is used by repr() and inside containers; __str__ by str() and print().
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both instance"
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class StrOnly:
    def __str__(self):
        return "str only"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(s, [s][0].__str__())
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, r))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([b])]))
