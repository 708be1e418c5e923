# is / is not compare identity; in / not in use __contains__ or equality.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
n = None
print(n is None, n is not None, n == None)
print(True is True, (1 == 1) is True)
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc")
print(1 in (1, 2), 1.0 in [1], True in [1], 0 in [False])
print("k" in {"k": 1}, 1 in {"k": 1}, "k" not in {})
print(3 in {1, 2, 3}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])   # identity is checked before equality
print([1, [2, 3]] == [1, [2, 3]], [2, 3] in [1, [2, 3]])
