# functools.wraps copies __name__, __doc__, __qualname__, __module__ and sets __wrapped__.
from functools import wraps
def plain_decorator(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
def good_decorator(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc (replaced)"""
        return f(*a, **k)
    return wrapper

@plain_decorator
def first(x):
    """Doc of first."""
    return x
@good_decorator
def second(x):
    """Doc of second."""
    return x * 2

print(first.__name__, first.__doc__)
print(second.__name__, second.__doc__, second.__qualname__, second.__module__)
print(second(21), second.__wrapped__(21), second.__wrapped__.__name__)
def deco_with_state(f):
    @wraps(f)
    def inner():
        inner.calls += 1
        return f()
    inner.calls = 0
    return inner
@deco_with_state
def ping():
    "ping doc"
    return "pong"
ping(); ping()
print(ping.__name__, ping.__doc__, ping.calls, ping())
