# iter() and next() on builtin iterables; next with a default.
it = iter([1, 2, 3])
print(type(it).__name__, next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised", e.args)
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), list(r))
t = iter((9,))
print(iter(t) is t, next(t))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)                     # list iterators see changes
print(list(li))
