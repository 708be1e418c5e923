# f(*iterable, **mapping) unpacks arguments at the call site.
def f(a, b, c, d=0):
    return [a, b, c, d]

args = (1, 2)
print(f(*args, 3))
print(f(*"xyz"))
print(f(*range(3), d=4))
print(f(1, *[2], **{"c": 3, "d": 4}))
print(f(**dict(a=1, b=2, c=3)))
print(f(*[1], *[2], *[3], *[]))
gen = (i * i for i in range(4))
print(f(*gen))
print(max(*[3, 9, 2]), print(*["printed", "with", "spaces"], sep="_"))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1, "b": 2, "c": 3, "z": 9})
except TypeError as e:
    print("TypeError:", e)
