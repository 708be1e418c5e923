# len() of builtin containers and strings, and of user classes.
print(len(""), len("abc"), len("héllo"), len("日本"), len([]), len([1, [2, 3]]))
print(len(()), len((1,)), len({}), len({"a": 1, "b": 2}), len(set()), len({1, 1, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -2)), len(range(5, 5)))
print(len(b"bytes"), len(frozenset("aab")), len({}.keys()), len({"x": 1}.items()))
print(len(range(-10, 10, 7)), len(range(0, -5)), len(range(10 ** 6)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, 3.0, None, iter([1])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
