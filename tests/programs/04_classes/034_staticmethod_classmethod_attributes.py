# staticmethod(f) and classmethod(f) copy f's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into their own __dict__ (CPython 3.10+'s functools_wraps), keep f as
# __wrapped__/__func__, and take other attributes; the implicit staticmethod a class makes of
# __new__ copies nothing, so its __doc__ is staticmethod's own.
import gc
import sys


def f(a: int) -> str:
    "doc of f"


s = staticmethod(f)
c = classmethod(f)
for wrapper in (s, c):
    print(type(wrapper).__name__, sorted(wrapper.__dict__), wrapper.__name__, wrapper.__qualname__,
          wrapper.__doc__, wrapper.__module__, wrapper.__wrapped__ is f, wrapper.__func__ is f)
print(s.__dict__["__annotations__"] is f.__annotations__, s.__annotations__)
s.extra = 1
print(s.extra, sorted(s.__dict__), "extra" in c.__dict__)
print(sorted(staticmethod(len).__dict__), staticmethod(len).__name__)


class CallableWithoutName:
    def __call__(self):
        pass


wrapped = staticmethod(CallableWithoutName())
print(sorted(wrapped.__dict__))
try:
    wrapped.__name__
except AttributeError as e:
    print("AttributeError:", e)


class C:
    def __new__(cls):
        return super().__new__(cls)


implicit = C.__dict__["__new__"]
print(type(implicit).__name__, sorted(implicit.__dict__), implicit.__doc__.split("\n")[0])
for attr in ("__name__", "__qualname__", "__module__"):
    try:
        getattr(implicit, attr)
    except AttributeError as e:
        print("AttributeError:", e)
print(staticmethod.__doc__.split("\n")[0], "|", classmethod.__doc__.split("\n")[0])
gc.disable()
gc.collect()
before = gc.get_count()[0]
held = staticmethod(f)
print("GC objects made by staticmethod(f):", gc.get_count()[0] - before)
print("getsizeof:", sys.getsizeof(held), sys.getsizeof(held.__dict__))
