# **kwargs gathers extra keyword arguments into a dict (in call order).
def show(**options):
    print(type(options).__name__, options)
    return len(options)

print(show())
print(show(b=2, a=1, c=3))
print(show(**{"x": 1}, y=2))

def mixed(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(mixed(1, c=3))
print(mixed(1, 20, 30, 40, c=3, e=5, d=6))

def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(9, c=8, z=7))
try:
    show(1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
