# reduce with and without an initial value; partial with positional and keyword arguments.
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, ch: ch + acc, "abc", ""), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(3, exp=3))
basetwo = partial(int, base=2)
print(basetwo("1010"), list(map(partial(max, 0), [-1, 5, -3])))
