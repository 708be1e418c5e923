# Starred targets collect the rest into a list; starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(h, *t), u = [1, 2, 3], 4
print(h, t, u)
*everything, = (5, 6)
print(everything)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
for head, *tail in ([1, 2, 3], [4], "xyz"):
    print(head, tail)
