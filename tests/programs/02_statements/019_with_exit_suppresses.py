# An __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            self.caught = exc
            return True
        return None

with Suppress(ZeroDivisionError) as s:
    1 / 0
    print("not reached")
print("after with, caught:", type(s.caught).__name__)

with Suppress(KeyError, IndexError):
    [][5]
print("IndexError suppressed")

try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("iteration", i)
    return "done"
print(f())
