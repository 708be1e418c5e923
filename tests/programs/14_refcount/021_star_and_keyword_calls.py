# f(*args, **kwargs) in CPython 3.11: CALL_FUNCTION_EX replaces a list of arguments by a tuple
# (the list is released before the call) and always merges **kwargs into a new dict; a Python
# function then gets every argument copied once more (_PyStack_UnpackDict), while a class or an
# instance with __call__ receives the tuple and the dict themselves (no second packing).
import sys

rc = sys.getrefcount
seen = []
x = object()
args = (x,)
kw = {"b": x}
print("x held by a global, a tuple and a dict:", rc(x))


def f(a, b=None):
    seen.append((rc(a), rc(b) if b is not None else 0))


class C:
    def __init__(self, a, b=None):
        seen.append((rc(a), rc(b) if b is not None else 0))


class K:
    def __call__(self, a, b=None):
        seen.append((rc(a), rc(b) if b is not None else 0))


k = K()


def star_list():
    f(*[x])


calls = [
    ("f(x)", lambda: f(x)),
    ("f(x, b=x)", lambda: f(x, b=x)),
    ("f(*args)", lambda: f(*args)),
    ("f(*args, **kw)", lambda: f(*args, **kw)),
    ("f(x, **kw)", lambda: f(x, **kw)),
    ("f(*[x])", star_list),
    ("f(*args, *args)", lambda: f(*args, *args)),
    ("C(x)", lambda: C(x)),
    ("C(x, b=x)", lambda: C(x, b=x)),
    ("C(*args)", lambda: C(*args)),
    ("C(*args, **kw)", lambda: C(*args, **kw)),
    ("k(x)", lambda: k(x)),
    ("k(*args)", lambda: k(*args)),
    ("k(*args, **kw)", lambda: k(*args, **kw)),
]
for label, call in calls:
    del seen[:]
    call()
    print(label + ":", seen)
print("after the calls:", rc(x))


# a mapping that is not a dict is copied into one before the call
class Mapping:
    def keys(self):
        return ["b"]

    def __getitem__(self, key):
        return x


del seen[:]
f(x, **Mapping())
print("f(x, **mapping):", seen)
