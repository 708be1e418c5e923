# A decorator takes a function and returns a replacement.
def announce(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@announce
def add(a, b):
    return a + b

add(1, 2)
add(a=3, b=4)
print(add.__name__)

registry = []
def register(func):
    registry.append(func.__name__)
    return func

@register
def first():
    pass
@register
def second():
    pass
print(registry, first.__name__)

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    return None
for _ in range(4):
    noop()
print("calls:", noop.calls)
