# Functions are objects with a name, qualname, docstring, defaults, code and a dict.
def documented(a, b=2, *args, c=3, **kw):
    """Adds things."""
    return a + b

print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)

class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)

documented.custom = "attribute"
print(documented.custom, documented.__dict__)
def undocumented():
    pass
print(undocumented.__doc__, undocumented.__defaults__)
print(type(documented).__name__, callable(documented))
g = documented
print(g is documented, g(1))
