# list() and tuple() from many iterables; they copy (shallowly).
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print(list({"k": "v"}.items()), list(x * 2 for x in range(3)), list(b"hi"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple({1: 2}))
src = [[1], [2]]
copy = list(src)
print(copy == src, copy is src, copy[0] is src[0])
t = (1, 2)
print(tuple(t) is t, list(t))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
